package nl.jeugdregie.financien.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.financien.Deelverdeling;
import nl.jeugdregie.financien.Sleutelinvoer;
import nl.jeugdregie.financien.Verdeelregel;
import nl.jeugdregie.financien.Verdeelsleutel;
import nl.jeugdregie.financien.Verdeling;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.Tabel;

/** The verdeling as the page's chart, its sentences and the XLSX export show it: the same numbers as the tables. */
public final class Verdelingweergave {

    /** For the template: the sentences below, called on this instance. */
    static final Verdelingweergave VOOR_SJABLONEN = new Verdelingweergave();

    private Verdelingweergave() {}

    /** {@code € 25,25 te betalen}, {@code € 58,17 te ontvangen} or {@code € 0,00}. */
    public String verschil(Bedrag verschil) {
        if (verschil.isPositief()) {
            return Notatie.bedrag(verschil) + " te betalen";
        }
        return verschil.isNegatief() ? Notatie.bedrag(verschil.absoluut()) + " te ontvangen" : Notatie.bedrag(verschil);
    }

    /** {@code 50 % per inwoner, 25 % per jeugdige en 25 % naar werkelijk gebruik}, leaving out weights of 0 %. */
    public String sleutel(Verdeelsleutel s) {
        List<String> delen = new ArrayList<>();
        if (s.perInwoner() > 0) {
            delen.add(Sleutelinvoer.tekst(s.perInwoner()) + " % per inwoner");
        }
        if (s.perJeugdige() > 0) {
            delen.add(Sleutelinvoer.tekst(s.perJeugdige()) + " % per jeugdige");
        }
        if (s.naarGebruik() > 0) {
            delen.add(Sleutelinvoer.tekst(s.naarGebruik()) + " % naar werkelijk gebruik");
        }
        return delen.size() == 1
                ? delen.get(0)
                : String.join(", ", delen.subList(0, delen.size() - 1)) + " en " + delen.get(delen.size() - 1);
    }

    /** A weight as the form shows it: {@code 33,34}. */
    public String procent(int honderdsten) {
        return Sleutelinvoer.tekst(honderdsten);
    }

    /** The chart data for grafiek.js: per gemeente its werkelijk gebruik and its aandeel, in euros. */
    static Map<String, Object> grafiek(Verdeling verdeling, Namen namen) {
        List<Verdeling.Gemeentesaldo> saldi = verdeling.perGemeente();
        Map<String, Object> grafiek = new LinkedHashMap<>();
        grafiek.put("soort", "bar");
        grafiek.put("eenheid", "euro");
        grafiek.put(
                "labels",
                saldi.stream().map(s -> namen.gemeente(s.gemeente().value())).toList());
        grafiek.put(
                "reeksen",
                List.of(
                        Map.of(
                                "naam",
                                "Werkelijk gebruik",
                                "waarden",
                                saldi.stream().map(s -> s.gebruik().inEuro()).toList()),
                        Map.of(
                                "naam",
                                "Aandeel volgens sleutel",
                                "waarden",
                                saldi.stream().map(s -> s.aandeel().inEuro()).toList())));
        return grafiek;
    }

    /** The export: a row per part and gemeente, a total per part, and per gemeente the total over the parts. */
    static Tabel tabel(Verdeling verdeling, Namen namen) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Deelverdeling d : verdeling.delen()) {
            for (Verdeelregel r : d.regels()) {
                rijen.add(Financienweergave.rij(
                        d.deel().omschrijving(),
                        VOOR_SJABLONEN.sleutel(d.toegepast()),
                        namen.gemeente(r.gemeente().value()),
                        r.inwoners(),
                        r.jeugdigen(),
                        r.aandeelProcent(),
                        r.gebruik(),
                        r.aandeel(),
                        r.verschil()));
            }
            rijen.add(Financienweergave.rij(
                    d.deel().omschrijving(),
                    VOOR_SJABLONEN.sleutel(d.toegepast()),
                    "Totaal",
                    null,
                    null,
                    null,
                    d.totaalGebruik(),
                    d.totaalAandeel(),
                    d.totaalVerschil()));
        }
        for (Verdeling.Gemeentesaldo s : verdeling.perGemeente()) {
            rijen.add(Financienweergave.rij(
                    "Alle delen",
                    null,
                    namen.gemeente(s.gemeente().value()),
                    null,
                    null,
                    null,
                    s.gebruik(),
                    s.aandeel(),
                    s.verschil()));
        }
        rijen.add(Financienweergave.rij(
                "Alle delen",
                null,
                "Totaal",
                null,
                null,
                null,
                verdeling.totaalGebruik(),
                verdeling.totaalAandeel(),
                verdeling.totaalVerschil()));
        return new Tabel(
                "Verdeling " + verdeling.jaar(),
                List.of(
                        "Deel van de inkoop",
                        "Sleutel",
                        "Gemeente",
                        "Inwoners 0-17",
                        "Jeugdigen",
                        "Aandeel (%)",
                        "Werkelijk gebruik (euro)",
                        "Aandeel volgens sleutel (euro)",
                        "Te betalen (+) of te ontvangen (-) (euro)"),
                rijen);
    }
}
