package nl.jeugdregie.financien.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.financien.Begroting;
import nl.jeugdregie.financien.Begrotingsmutatie;
import nl.jeugdregie.financien.Begrotingsregel;
import nl.jeugdregie.financien.Begrotingsversie;
import nl.jeugdregie.financien.Financieelbeeld;
import nl.jeugdregie.financien.Hulpvormregel;
import nl.jeugdregie.financien.Kostenvergelijking;
import nl.jeugdregie.financien.Prognoseverloop;
import nl.jeugdregie.financien.Realisatie;
import nl.jeugdregie.financien.Verplichting;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.Tabel;

/** The financial picture as the page's chart and the XLSX export show it: the same numbers as the tables. */
final class Financienweergave {

    static final List<String> MAANDEN = List.of(
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december");

    private Financienweergave() {}

    static String maand(int maand) {
        return MAANDEN.get(maand - 1);
    }

    /** The chart data for grafiek.js: per jeugdzorgvorm begroting, realisatie, verplichtingen and prognose in euros. */
    static Map<String, Object> grafiek(Financieelbeeld beeld) {
        List<Hulpvormregel> regels =
                beeld.hulpvormen().stream().filter(r -> !r.isLeeg()).toList();
        Map<String, Object> grafiek = new LinkedHashMap<>();
        grafiek.put("soort", "bar");
        grafiek.put("eenheid", "euro");
        grafiek.put("labels", regels.stream().map(Hulpvormregel::naam).toList());
        List<Map<String, Object>> reeksen = new ArrayList<>();
        reeksen.add(
                reeks("Begroting", regels.stream().map(r -> euro(r.begroting())).toList()));
        reeksen.add(reeks(
                "Realisatie", regels.stream().map(r -> euro(r.realisatie())).toList()));
        reeksen.add(reeks(
                "Verplichtingen",
                regels.stream().map(r -> euro(r.verplichtingen())).toList()));
        reeksen.add(
                reeks("Prognose", regels.stream().map(r -> euro(r.prognose())).toList()));
        grafiek.put("reeksen", reeksen);
        return grafiek;
    }

    /** Bars of the cost per jeugdige per hulpvorm, gemeente next to region; 0 where a form has no jeugdigen. */
    static Map<String, Object> grafiek(Kostenvergelijking v) {
        Map<String, Object> grafiek = new LinkedHashMap<>();
        grafiek.put("soort", "bar");
        grafiek.put("eenheid", "euro");
        grafiek.put(
                "labels",
                v.hulpvormen().stream().map(Kostenvergelijking.Hulpvorm::naam).toList());
        grafiek.put(
                "reeksen",
                List.of(
                        reeks(
                                v.gemeentecijfers().naam(),
                                v.hulpvormen().stream()
                                        .map(h -> euro(h.perJeugdigeGemeente().orElse(Bedrag.NUL)))
                                        .toList()),
                        reeks(
                                "Regio " + v.regio().naam(),
                                v.hulpvormen().stream()
                                        .map(h -> euro(h.perJeugdigeRegio().orElse(Bedrag.NUL)))
                                        .toList())));
        return grafiek;
    }

    /** The export of the comparison: the areas, then the hulpvormen. */
    static Tabel tabel(Kostenvergelijking v) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Kostenvergelijking.Gebied g : List.of(v.gemeentecijfers(), v.regio())) {
            rijen.add(Arrays.asList(
                    "Gebied",
                    g.naam(),
                    g.kosten().inEuro(),
                    g.jeugdigenOnderdrukt() ? "minder dan 5" : g.jeugdigen(),
                    g.perJeugdige().map(Bedrag::inEuro).orElse(null),
                    g.inwoners(),
                    g.perInwoner().map(Bedrag::inEuro).orElse(null),
                    g.jeugd0tot17(),
                    g.perInwoner0tot17().map(Bedrag::inEuro).orElse(null)));
        }
        Kostenvergelijking.Landelijk nl = v.nederland();
        rijen.add(Arrays.asList(
                "Gebied",
                "Nederland (uitgaven " + nl.jaarUitgaven() + ", jongeren tot 23 met jeugdzorg " + nl.jaarJongeren()
                        + ")",
                nl.uitgaven() == null ? null : nl.uitgaven().inEuro(),
                nl.jongeren(),
                nl.perJeugdige().map(Bedrag::inEuro).orElse(null),
                nl.inwoners(),
                nl.perInwoner().map(Bedrag::inEuro).orElse(null),
                null,
                null));
        for (Kostenvergelijking.Hulpvorm h : v.hulpvormen()) {
            rijen.add(Arrays.asList(
                    "Hulpvorm " + v.gemeentecijfers().naam(),
                    h.naam(),
                    h.kostenGemeente().inEuro(),
                    Kostenvergelijking.onderdrukt(h.jeugdigenGemeente()) ? "minder dan 5" : h.jeugdigenGemeente(),
                    h.perJeugdigeGemeente().map(Bedrag::inEuro).orElse(null),
                    null,
                    null,
                    null,
                    null));
            rijen.add(Arrays.asList(
                    "Hulpvorm regio " + v.regio().naam(),
                    h.naam(),
                    h.kostenRegio().inEuro(),
                    Kostenvergelijking.onderdrukt(h.jeugdigenRegio()) ? "minder dan 5" : h.jeugdigenRegio(),
                    h.perJeugdigeRegio().map(Bedrag::inEuro).orElse(null),
                    null,
                    null,
                    null,
                    null));
        }
        return new Tabel(
                "Kosten per jeugdige en per inwoner " + v.jaar(),
                List.of(
                        "Onderdeel",
                        "Gebied of hulpvorm",
                        "Kosten (euro)",
                        "Jeugdigen",
                        "Per jeugdige (euro)",
                        "Inwoners",
                        "Per inwoner (euro)",
                        "Inwoners 0-17",
                        "Per inwoner 0-17 (euro)"),
                rijen);
    }

    private static Map<String, Object> reeks(String naam, List<BigDecimal> waarden) {
        Map<String, Object> reeks = new LinkedHashMap<>();
        reeks.put("naam", naam);
        reeks.put("waarden", waarden);
        return reeks;
    }

    private static BigDecimal euro(Bedrag bedrag) {
        return bedrag.inEuro();
    }

    /**
     * The export: one sheet with the summary per jeugdzorgvorm, then the verplichtingen and realisatie behind it, then
     * how the prognose moved since last month's stand (in the last four columns and the prognose).
     */
    static Tabel tabel(Financieelbeeld beeld, Prognoseverloop verloop, Namen namen) {
        List<List<Object>> rijen = new ArrayList<>();
        List<Hulpvormregel> regels = new ArrayList<>(beeld.hulpvormen());
        regels.add(beeld.totaal());
        for (Hulpvormregel r : regels) {
            rijen.add(rij(
                    "Overzicht",
                    r.naam(),
                    null,
                    null,
                    null,
                    r.begroting(),
                    r.realisatie(),
                    r.nietGoedgekeurd(),
                    r.verplichtingen(),
                    r.instroom(),
                    r.prognose(),
                    r.prognoseLaag(),
                    r.prognoseHoog()));
        }
        for (Verplichting v : beeld.verplichtingen()) {
            rijen.add(rij(
                    "Verplichting",
                    v.hulpvormnaam(),
                    namen.aanbieder(v.aanbieder().value()),
                    product(namen, v.productcategorie(), v.productcode()),
                    null,
                    null,
                    null,
                    null,
                    v.bedrag(),
                    null,
                    null,
                    null,
                    null));
        }
        for (Realisatie r : beeld.realisatie()) {
            rijen.add(rij(
                    "Realisatie",
                    r.hulpvormnaam(),
                    namen.aanbieder(r.aanbieder().value()),
                    product(namen, r.productcategorie(), r.productcode()),
                    maand(r.maand()),
                    null,
                    r.goedgekeurd(),
                    r.nietGoedgekeurd(),
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        String soort = "Verloop sinds " + Notatie.maand(verloop.sinds());
        if (verloop.bekend()) {
            List<Prognoseverloop.Verloopregel> verloopregels = new ArrayList<>(verloop.hulpvormen());
            verloopregels.add(verloop.totaal());
            for (Prognoseverloop.Verloopregel r : verloopregels) {
                rijen.add(rij(
                        soort,
                        r.naam(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        r.huidige(),
                        null,
                        null,
                        r.vorige(),
                        r.prijs(),
                        r.volume(),
                        r.nieuweInstroom()));
            }
        }
        rijen.add(rij(soort, verloop.samenvatting()));
        List<String> kolommen = List.of(
                "Soort",
                "Hulpvorm",
                "Aanbieder",
                "Product",
                "Maand van zorg",
                "Begroting (euro)",
                "Realisatie (euro)",
                "Gedeclareerd, niet goedgekeurd (euro)",
                "Verplichtingen (euro)",
                "Verwachte instroom (euro)",
                "Prognose (euro)",
                "Prognose laag (euro)",
                "Prognose hoog (euro)",
                "Vorige prognose (euro)",
                "Prijs (euro)",
                "Volume (euro)",
                "Nieuwe instroom (euro)");
        for (List<Object> rij : rijen) {
            while (rij.size() < kolommen.size()) {
                rij.add(null);
            }
        }
        return new Tabel("Financiën " + beeld.gemeente().value() + " " + beeld.jaar(), kolommen, rijen);
    }

    /**
     * The export of a begroting: per version, the oldest first, its lines, what it changed against the version before,
     * and its total.
     */
    static Tabel tabel(Begroting begroting) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Begrotingsversie v : begroting.versies()) {
            Object[] versie = {v.versie(), v.soort().omschrijving(), v.door(), Notatie.tijdstip(v.op()), v.toelichting()
            };
            for (Begrotingsregel r : v.regels()) {
                rijen.add(begrotingsrij(
                        versie, "Regel", r.taakveld().omschrijving(), Notatie.code(r.jeugdzorgvorm()), r.bedrag()));
            }
            for (Begrotingsmutatie m : v.mutaties()) {
                rijen.add(begrotingsrij(
                        versie,
                        "Wijziging",
                        m.taakveld().omschrijving(),
                        Notatie.code(m.jeugdzorgvorm()),
                        null,
                        m.was(),
                        m.wordt()));
            }
            rijen.add(begrotingsrij(versie, "Totaal", null, null, v.totaal()));
        }
        return new Tabel(
                "Begroting " + begroting.gemeente().value() + " " + begroting.jaar(),
                List.of(
                        "Versie",
                        "Soort",
                        "Vastgelegd door",
                        "Vastgelegd op",
                        "Toelichting",
                        "Onderdeel",
                        "Taakveld",
                        "Hulpvorm",
                        "Bedrag (euro)",
                        "Was (euro)",
                        "Wordt (euro)"),
                rijen);
    }

    private static List<Object> begrotingsrij(Object[] versie, Object... rest) {
        Object[] cellen = Arrays.copyOf(versie, versie.length + 6);
        System.arraycopy(rest, 0, cellen, versie.length, rest.length);
        return rij(cellen);
    }

    static String product(Namen namen, String categorie, String code) {
        return namen.product(categorie, code);
    }

    /** A row of an export: amounts in euros, everything else as given. */
    static List<Object> rij(Object... cellen) {
        List<Object> rij = new ArrayList<>();
        for (Object cel : cellen) {
            rij.add(cel instanceof Bedrag b ? b.inEuro() : cel);
        }
        return rij;
    }
}
