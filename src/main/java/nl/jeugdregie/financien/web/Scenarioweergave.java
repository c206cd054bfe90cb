package nl.jeugdregie.financien.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.financien.Hefboom;
import nl.jeugdregie.financien.Projectie;
import nl.jeugdregie.financien.Scenario;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.Tabel;

/** Scenario's as the pages' charts and the XLSX export show them: the same numbers as the tables. */
final class Scenarioweergave {

    /** For the templates: the levers in the order of the form and the contributions in the order they apply. */
    static final Scenarioweergave VOOR_SJABLONEN = new Scenarioweergave();

    private Scenarioweergave() {}

    public List<Hefboom> hefbomen() {
        return Arrays.stream(Hefboom.values()).filter(h -> !h.isAanname()).toList();
    }

    public List<Hefboom> aannames() {
        return Arrays.stream(Hefboom.values()).filter(Hefboom::isAanname).toList();
    }

    public List<Projectie.Bijdrage> bijdragen() {
        return List.of(Projectie.Bijdrage.values());
    }

    /** A lever's value as the form shows it: "12,5", "3", or empty for no limit. */
    public String invoer(Scenario s, Hefboom h) {
        int waarde = s.hefbomen().waarde(h);
        if (!h.isProcent()) {
            return waarde == 0 ? "" : Integer.toString(waarde);
        }
        return nl.jeugdregie.financien.Sleutelinvoer.tekst(waarde);
    }

    /** A saving: "€ 1.234,56", or "€ 1.234,56 extra kosten" when negative. */
    public String besparing(Bedrag bedrag) {
        return bedrag.isNegatief() ? Notatie.bedrag(bedrag.negatief()) + " extra kosten" : Notatie.bedrag(bedrag);
    }

    /** A jeugdzorgvorm's name with its code, or Onbekend. */
    public String hulpvorm(String jeugdzorgvorm) {
        return nl.jeugdregie.financien.FinancienService.naam(jeugdzorgvorm);
    }

    /** The duration's source in words. */
    public String duurbron(nl.jeugdregie.financien.Grondslag.Duurbron bron) {
        return switch (bron) {
            case GEMEENTE -> "eigen beëindigde zorg";
            case REGIO -> "beëindigde zorg in de regio";
            case AANNAME -> "aanname: geen beëindigde zorg in de regio";
        };
    }

    /** The chart: per year the cost without measures, the target (basis minus task) and each scenario, in euros. */
    static Map<String, Object> grafiek(List<Scenario> scenarios) {
        Map<String, Object> grafiek = new LinkedHashMap<>();
        grafiek.put("eenheid", "euro");
        Projectie eerste = scenarios.get(0).projectie();
        grafiek.put(
                "labels",
                eerste.jaren().stream().map(j -> Integer.toString(j.jaar())).toList());
        List<Map<String, Object>> reeksen = new ArrayList<>();
        boolean enkel = scenarios.size() == 1;
        reeksen.add(reeks(
                enkel
                        ? "Zonder maatregelen"
                        : "Zonder maatregelen (" + scenarios.get(0).naam() + ")",
                eerste.jaren().stream().map(j -> j.basis().inEuro()).toList()));
        if (enkel) {
            reeksen.add(reeks(
                    "Doel: zonder maatregelen min de opgave",
                    eerste.jaren().stream()
                            .map(j -> j.basis().min(j.opgave()).inEuro())
                            .toList()));
        }
        for (Scenario s : scenarios) {
            reeksen.add(reeks(
                    enkel ? "Met maatregelen" : s.naam(),
                    s.projectie().jaren().stream()
                            .map(j -> j.scenario().inEuro())
                            .toList()));
        }
        grafiek.put("reeksen", reeksen);
        return grafiek;
    }

    private static Map<String, Object> reeks(String naam, List<?> waarden) {
        Map<String, Object> reeks = new LinkedHashMap<>();
        reeks.put("naam", naam);
        reeks.put("waarden", waarden);
        return reeks;
    }

    /** The export: per scenario its levers, then per year the projection with each lever's contribution. */
    static Tabel tabel(List<Scenario> scenarios, Namen namen) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (Hefboom h : Hefboom.values()) {
                rijen.add(Arrays.asList(
                        s.naam(),
                        namen.gemeente(s.gemeente().value()),
                        "Hefboom",
                        h.naam(),
                        null,
                        h.tekst(s.hefbomen().waarde(h))));
            }
            rijen.add(Arrays.asList(
                    s.naam(),
                    namen.gemeente(s.gemeente().value()),
                    "Hefboom",
                    "Extra inzet lokaal team per jaar (euro)",
                    null,
                    s.hefbomen().investering().inEuro()));
            for (Projectie.Jaar j : s.projectie().jaren()) {
                String gemeente = namen.gemeente(s.gemeente().value());
                rijen.add(Arrays.asList(
                        s.naam(),
                        gemeente,
                        "Projectie",
                        "Zonder maatregelen (euro)",
                        j.jaar(),
                        j.basis().inEuro()));
                rijen.add(Arrays.asList(
                        s.naam(),
                        gemeente,
                        "Projectie",
                        "Met maatregelen (euro)",
                        j.jaar(),
                        j.scenario().inEuro()));
                for (Projectie.Bijdrage b : Projectie.Bijdrage.values()) {
                    rijen.add(Arrays.asList(
                            s.naam(),
                            gemeente,
                            "Bijdrage",
                            b.naam() + " (euro)",
                            j.jaar(),
                            j.bijdrage(b).inEuro()));
                }
                rijen.add(Arrays.asList(
                        s.naam(),
                        gemeente,
                        "Projectie",
                        "Besparing (euro)",
                        j.jaar(),
                        j.besparing().inEuro()));
                rijen.add(Arrays.asList(
                        s.naam(),
                        gemeente,
                        "Projectie",
                        "Besparingsopgave (euro)",
                        j.jaar(),
                        j.opgave().inEuro()));
                rijen.add(Arrays.asList(
                        s.naam(), gemeente, "Projectie", "Opgave gehaald", j.jaar(), j.gehaald() ? "ja" : "nee"));
            }
        }
        return new Tabel("Scenario's", List.of("Scenario", "Gemeente", "Soort", "Onderdeel", "Jaar", "Waarde"), rijen);
    }
}
