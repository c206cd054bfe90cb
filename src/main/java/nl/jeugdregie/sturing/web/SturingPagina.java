package nl.jeugdregie.sturing.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.platform.Menuitem;
import nl.jeugdregie.platform.Tabel;
import nl.jeugdregie.sturing.Cel;
import nl.jeugdregie.sturing.Eenheid;
import nl.jeugdregie.sturing.Indicator;
import nl.jeugdregie.sturing.Indicatoruitkomst;
import nl.jeugdregie.sturing.Leeftijdsklasse;
import nl.jeugdregie.sturing.OpgegevenWachttijd;
import nl.jeugdregie.sturing.Selectie;
import nl.jeugdregie.sturing.SturingService;
import nl.jeugdregie.sturing.Sturingsrapport;
import nl.jeugdregie.sturing.Trendpunt;
import nl.jeugdregie.sturing.Uitsplitsing;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard of the steering information: every indicator for a gemeente next to its region and the Netherlands,
 * and per indicator its definition, the breakdown as chart and table, the trend, the drill-down (hulpvorm, aanbieder,
 * product) and the exports.
 */
@Controller
@PreAuthorize(Sturingsrollen.LEZEN)
class SturingPagina {

    private final SturingService sturing;
    private final OpgegevenWachttijd opgegeven;
    private final Sturingsrapport rapport;
    private final Autorisatie autorisatie;
    private final Clock clock;

    SturingPagina(
            SturingService sturing,
            OpgegevenWachttijd opgegeven,
            Sturingsrapport rapport,
            Autorisatie autorisatie,
            Clock clock) {
        this.sturing = sturing;
        this.opgegeven = opgegeven;
        this.rapport = rapport;
        this.autorisatie = autorisatie;
        this.clock = clock;
    }

    @Bean
    static Menuitem sturingMenu() {
        return new Menuitem(
                "Sturingsinformatie",
                "Bereik, hulpvormen, trajecten, duur, uitval, wachttijden en kosten per gemeente, regio en Nederland.",
                "/sturing",
                Set.of("ANALIST", "BACKOFFICE", "INKOOP", "BEHEERDER", "TOEGANG"),
                7);
    }

    /** The filter values as the form sends them, empty meaning all. */
    record Filters(
            String gemeente,
            String periode,
            String leeftijd,
            String hulpvorm,
            String verwijzer,
            String aanbieder,
            String uitsplitsing) {

        Map<String, String> alsParameters() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("gemeente", gemeente);
            p.put("periode", periode);
            p.put("leeftijd", leeftijd);
            p.put("hulpvorm", hulpvorm);
            p.put("verwijzer", verwijzer);
            p.put("aanbieder", aanbieder);
            p.values().removeIf(v -> v == null || v.isBlank());
            return p;
        }
    }

    @GetMapping("/sturing")
    String overzicht(
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String periode,
            @RequestParam(required = false) String leeftijd,
            @RequestParam(required = false) String hulpvorm,
            @RequestParam(required = false) String verwijzer,
            Model model) {
        Filters filters = filters(gemeente, periode, leeftijd, hulpvorm, verwijzer, null, null);
        Selectie selectie = selectie(filters);
        List<Indicatoruitkomst> uitkomsten = sturing.overzicht(selectie);
        vulAan(model, filters, selectie);
        model.addAttribute("uitkomsten", uitkomsten);
        return "sturing/overzicht";
    }

    @GetMapping("/sturing/indicatoren/{code}")
    String indicator(
            @PathVariable String code,
            @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String periode,
            @RequestParam(required = false) String leeftijd,
            @RequestParam(required = false) String hulpvorm,
            @RequestParam(required = false) String verwijzer,
            @RequestParam(required = false) String aanbieder,
            @RequestParam(required = false) String uitsplitsing,
            Model model) {
        Filters filters = filters(gemeente, periode, leeftijd, hulpvorm, verwijzer, aanbieder, uitsplitsing);
        Selectie selectie = selectie(filters);
        Indicatoruitkomst uitkomst = sturing.uitkomst(code, selectie);
        List<Trendpunt> perMaand = sturing.trendPerMaand(code, selectie);
        List<Trendpunt> perHalfjaar = sturing.trendPerHalfjaar(code, selectie);
        vulAan(model, filters, selectie);
        model.addAttribute("uitkomst", uitkomst);
        model.addAttribute("indicator", uitkomst.indicator());
        model.addAttribute("rijen", Vergelijking.rijen(uitkomst));
        model.addAttribute("verdeling", verdelingsgrafiek(uitkomst));
        model.addAttribute("perMaand", perMaand);
        model.addAttribute("perHalfjaar", perHalfjaar);
        model.addAttribute("trendgrafiek", trendgrafiek(uitkomst, perMaand));
        model.addAttribute("doorklik", doorklik(uitkomst));
        model.addAttribute(
                "opgegeven",
                uitkomst.indicator().code().equals(OpgegevenWachttijd.INDICATOR)
                        ? opgegeven.per(uitkomst.selectie().uitsplitsing())
                        : Map.of());
        model.addAttribute("uitsplitsingen", uitsplitsingen(uitkomst.indicator()));
        model.addAttribute("parameters", filters.alsParameters());
        return "sturing/indicator";
    }

    @GetMapping("/sturing/indicatoren/{code}/export.csv")
    ResponseEntity<String> exportCsv(@PathVariable String code, Filters gevraagd) {
        Tabel tabel = tabel(code, gevraagd);
        return ResponseEntity.ok()
                .contentType(SturingApi.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, bijlage(code, "csv"))
                .body(tabel.csv());
    }

    @GetMapping("/sturing/indicatoren/{code}/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable String code, Filters gevraagd) {
        Tabel tabel = tabel(code, gevraagd);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Tabel.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, bijlage(code, "xlsx"))
                .body(tabel.xlsx());
    }

    /** The table of an export: the same figures as the page for the same filters (bound from the query string). */
    private Tabel tabel(String code, Filters f) {
        return Vergelijking.tabel(sturing.uitkomst(
                code,
                selectie(filters(
                        f.gemeente(),
                        f.periode(),
                        f.leeftijd(),
                        f.hulpvorm(),
                        f.verwijzer(),
                        f.aanbieder(),
                        f.uitsplitsing()))));
    }

    @GetMapping("/sturing/rapport.pdf")
    ResponseEntity<byte[]> rapport(
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String periode) {
        Filters filters = filters(gemeente, periode, null, null, null, null, null);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"sturingsinformatie-"
                                + filters.gemeente().replaceAll("[^0-9]", "") + "-"
                                + filters.periode().replaceAll("[^0-9H-]", "") + ".pdf\"")
                .body(rapport.maak(selectie(filters)));
    }

    private static String bijlage(String code, String extensie) {
        return "attachment; filename=\"" + code.replaceAll("[^a-z0-9-]", "") + "." + extensie + "\"";
    }

    private Filters filters(
            String gemeente,
            String periode,
            String leeftijd,
            String hulpvorm,
            String verwijzer,
            String aanbieder,
            String uitsplitsing) {
        LocalDate vandaag = LocalDate.now(clock);
        String standaardGemeente = autorisatie.zichtbareGemeenten().stream()
                .map(GemeenteCode::value)
                .sorted()
                .findFirst()
                .orElseGet(() -> sturing.gemeenten(vandaag).stream()
                        .findFirst()
                        .map(GemeenteCode::value)
                        .orElse("0000"));
        return new Filters(
                Sturingsparameters.leeg(gemeente) == null ? standaardGemeente : gemeente.strip(),
                Sturingsparameters.leeg(periode) == null ? String.valueOf(vandaag.getYear()) : periode.strip(),
                leeftijd,
                hulpvorm,
                verwijzer,
                aanbieder,
                uitsplitsing);
    }

    private static Selectie selectie(Filters f) {
        return Sturingsparameters.selectie(
                f.gemeente(), f.periode(), f.uitsplitsing(), f.hulpvorm(), f.verwijzer(), f.aanbieder(), f.leeftijd());
    }

    private void vulAan(Model model, Filters filters, Selectie selectie) {
        LocalDate vandaag = LocalDate.now(clock);
        model.addAttribute("filters", filters);
        model.addAttribute("selectie", selectie);
        model.addAttribute("gemeenten", sturing.gemeenten(selectie.periode().eind()));
        model.addAttribute("perioden", perioden(vandaag));
        model.addAttribute("leeftijden", Leeftijdsklasse.values());
        model.addAttribute("hulpvormen", Jeugdzorgvorm.values());
        model.addAttribute("verwijzers", Verwijzer.values());
        model.addAttribute("bijgewerktOp", sturing.bijgewerktOp().orElse(null));
        model.addAttribute("minimumCel", sturing.minimumCel());
        model.addAttribute("weergave", new Sturingweergave());
    }

    /** The years, half-years and months one can choose: from three years back up to this year. */
    private static List<String> perioden(LocalDate vandaag) {
        List<String> perioden = new ArrayList<>();
        for (int jaar = vandaag.getYear(); jaar >= vandaag.getYear() - 3; jaar--) {
            perioden.add(String.valueOf(jaar));
            perioden.add(jaar + "-H1");
            perioden.add(jaar + "-H2");
        }
        for (int m = 0; m < 24; m++) {
            perioden.add(java.time.YearMonth.from(vandaag).minusMonths(m).toString());
        }
        return perioden;
    }

    /** Bars of the breakdown, gemeente next to region; only for counts and shares, where bars compare. */
    private static Map<String, Object> verdelingsgrafiek(Indicatoruitkomst u) {
        List<Vergelijking.Rij> rijen = Vergelijking.rijen(u);
        return Map.of(
                "soort", "bar",
                "labels", rijen.stream().map(Vergelijking.Rij::naam).toList(),
                "eenheid", eenheidslabel(u.indicator()),
                "reeksen",
                        List.of(
                                Map.of(
                                        "naam",
                                        "Gemeente",
                                        "waarden",
                                        waarden(rijen.stream()
                                                .map(Vergelijking.Rij::gemeente)
                                                .toList())),
                                Map.of(
                                        "naam",
                                        "Regio",
                                        "waarden",
                                        waarden(rijen.stream()
                                                .map(Vergelijking.Rij::regio)
                                                .toList()))));
    }

    private static Map<String, Object> trendgrafiek(Indicatoruitkomst u, List<Trendpunt> punten) {
        return Map.of(
                "labels", punten.stream().map(p -> p.periode().omschrijving()).toList(),
                "eenheid", eenheidslabel(u.indicator()),
                "reeksen",
                        List.of(
                                Map.of(
                                        "naam",
                                        "Gemeente",
                                        "waarden",
                                        waarden(punten.stream()
                                                .map(Trendpunt::gemeente)
                                                .toList())),
                                Map.of(
                                        "naam",
                                        "Regio",
                                        "waarden",
                                        waarden(punten.stream()
                                                .map(Trendpunt::regio)
                                                .toList()))));
    }

    private static List<BigDecimal> waarden(List<Cel> cellen) {
        return cellen.stream()
                .map(c -> c == null || c.onderdrukt() ? null : c.waarde())
                .toList();
    }

    static String eenheidslabel(Indicator indicator) {
        return indicator.eenheid() == Eenheid.AANTAL
                ? "aantal"
                : indicator.eenheid().teken();
    }

    /** Where a row of the breakdown leads: hulpvorm to its aanbieders, aanbieder to its products; none for small cells. */
    private static Map<String, String> doorklik(Indicatoruitkomst u) {
        Map<String, String> links = new LinkedHashMap<>();
        Uitsplitsing volgende = switch (u.selectie().uitsplitsing()) {
            case HULPVORM -> Uitsplitsing.AANBIEDER;
            case AANBIEDER -> Uitsplitsing.PRODUCT;
            default -> null;
        };
        if (volgende == null || !u.indicator().kanUitsplitsen(volgende)) {
            return links;
        }
        for (Cel cel : u.gemeente()) {
            if (!cel.onderdrukt() && !cel.groep().equals("totaal")) {
                links.put(
                        cel.groep(),
                        (u.selectie().uitsplitsing() == Uitsplitsing.HULPVORM ? "hulpvorm=" : "aanbieder=")
                                + cel.groep() + "&uitsplitsing=" + volgende.code());
            }
        }
        return links;
    }

    static List<Uitsplitsing> uitsplitsingen(Indicator indicator) {
        List<Uitsplitsing> lijst = new ArrayList<>(Arrays.asList(Uitsplitsing.TOTAAL));
        lijst.addAll(indicator.uitsplitsingen());
        return lijst;
    }
}
