package nl.jeugdregie.sturing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.regio.RegioService;
import nl.jeugdregie.toegang.Route;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Toegangslog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering information as users ask for it: every indicator for a gemeente next to its region and the Netherlands,
 * with names next to codes and small cells suppressed, the trend over months and half-years, and the pseudonymised
 * trajecten behind the figures.
 */
@Service
public class SturingService {

    /** The national reference figure of the CBS share of under-23s with jeugdzorg per gemeente. */
    static final String CBS_GEMEENTE_JEUGDZORG = "pct_jongeren_tot23_met_jeugdzorg";

    private static final Map<String, String> DUURKLASSEN = Map.of(
            "0-3m", "0 tot 3 maanden",
            "3-6m", "3 tot 6 maanden",
            "6-12m", "6 maanden tot 1 jaar",
            "1-2j", "1 tot 2 jaar",
            "2-3j", "2 tot 3 jaar",
            "3-4j", "3 tot 4 jaar",
            "4j+", "4 jaar of langer",
            "lopend", "Nog lopend");

    private final Indicatoren indicatoren;
    private final SturingRepository opslag;
    private final Cijferblad cijferblad;
    private final Berekening berekening;
    private final RegioService regio;
    private final Namen namen;
    private final Toegangslog toegangslog;
    private final Autorisatie autorisatie;
    private final Clock clock;
    private final int minimumCel;

    SturingService(
            Indicatoren indicatoren,
            SturingRepository opslag,
            Cijferblad cijferblad,
            Berekening berekening,
            RegioService regio,
            Namen namen,
            Toegangslog toegangslog,
            Autorisatie autorisatie,
            Clock clock,
            @Value("${jeugdregie.sturing.minimum-cel:5}") int minimumCel) {
        this.indicatoren = indicatoren;
        this.opslag = opslag;
        this.cijferblad = cijferblad;
        this.berekening = berekening;
        this.regio = regio;
        this.namen = namen;
        this.toegangslog = toegangslog;
        this.autorisatie = autorisatie;
        this.clock = clock;
        this.minimumCel = minimumCel;
    }

    public List<Indicator> indicatoren() {
        return indicatoren.alle();
    }

    public Indicator indicator(String code) {
        return indicatoren.indicator(code).orElseThrow(() -> new NietGevonden("Indicator '" + code + "' bestaat niet"));
    }

    /** The code of the platform's jeugdregio (JZ14). */
    public String platformregio() {
        return regio.platformregio();
    }

    /** The smallest number of jeugdigen a figure may stand for; smaller cells are suppressed. */
    public int minimumCel() {
        return minimumCel;
    }

    /** The gemeenten of the platform's region on a day, sorted by code. */
    public List<GemeenteCode> gemeenten(LocalDate peildatum) {
        return regio.gemeentenVanPlatformregio(peildatum).stream()
                .sorted(Comparator.comparing(GemeenteCode::value))
                .toList();
    }

    /** The indicator for the gemeente of the selection, its region and the Netherlands. */
    @Transactional(readOnly = true)
    public Indicatoruitkomst uitkomst(String code, Selectie gevraagd) {
        Indicator indicator = indicator(code);
        Selectie selectie = gevraagd.uitsplitsing() == null
                ? gevraagd.metUitsplitsing(indicator.standaarduitsplitsing())
                : gevraagd;
        controleer(indicator, selectie);
        List<List<Cel>> cellen = cijferblad.antwoorden(
                List.of(
                        new Cijfervraag(indicator, List.of(selectie.gemeente().value()), selectie),
                        new Cijfervraag(indicator, regiogemeenten(selectie), selectie)),
                berekening::reken);
        return uitkomst(
                indicator,
                selectie,
                cellen.get(0),
                cellen.get(1),
                bijgewerktOp().orElse(null));
    }

    /**
     * Every indicator's total for the gemeente of the selection, its region and the Netherlands, in the order of the
     * dashboard: what {@link #uitkomst} answers per indicator, but the indicators on trajecten share one reading of
     * the trajecten per area.
     */
    @Transactional(readOnly = true)
    public List<Indicatoruitkomst> overzicht(Selectie gevraagd) {
        Selectie selectie = gevraagd.metUitsplitsing(Uitsplitsing.TOTAAL);
        List<Indicator> alle = indicatoren();
        // A total is allowed for every indicator; the other checks are the same for all.
        controleer(alle.get(0), selectie);
        List<Cijfervraag> vragen = new ArrayList<>();
        for (Indicator indicator : alle) {
            vragen.add(new Cijfervraag(indicator, List.of(selectie.gemeente().value()), selectie));
            vragen.add(new Cijfervraag(indicator, regiogemeenten(selectie), selectie));
        }
        List<List<Cel>> cellen = cijferblad.antwoorden(vragen, berekening::reken);
        Instant bijgewerkt = bijgewerktOp().orElse(null);
        List<Indicatoruitkomst> uitkomsten = new ArrayList<>();
        for (int i = 0; i < alle.size(); i++) {
            uitkomsten.add(uitkomst(alle.get(i), selectie, cellen.get(2 * i), cellen.get(2 * i + 1), bijgewerkt));
        }
        return uitkomsten;
    }

    private Indicatoruitkomst uitkomst(
            Indicator indicator, Selectie selectie, List<Cel> gemeenterijen, List<Cel> regiorijen, Instant bijgewerkt) {
        int jaar = selectie.periode().jaar();
        Optional<Referentiecijfer> nederland = indicator.nederland().isEmpty()
                ? Optional.empty()
                : opslag.kerncijfer("NL", indicator.nederland(), jaar);
        Optional<Referentiecijfer> cbsGemeente = indicator.code().equals("percentage-jongeren-met-jeugdhulp")
                ? opslag.kerncijfer(selectie.gemeente().value(), CBS_GEMEENTE_JEUGDZORG, jaar)
                : Optional.empty();
        return new Indicatoruitkomst(
                indicator,
                selectie,
                namen.jeugdregio(regio.platformregio()),
                benoem(selectie.uitsplitsing(), beveilig(gemeenterijen)),
                benoem(selectie.uitsplitsing(), beveilig(regiorijen)),
                nederland,
                cbsGemeente,
                bijgewerkt);
    }

    /** The indicator's total per month of the last twelve months up to the end of the selected period. */
    @Transactional(readOnly = true)
    public List<Trendpunt> trendPerMaand(String code, Selectie selectie) {
        Rapportageperiode laatste = Rapportageperiode.maand(
                java.time.YearMonth.from(selectie.periode().eind()));
        List<Rapportageperiode> perioden = new ArrayList<>();
        for (Rapportageperiode p = laatste; perioden.size() < 12; p = p.vorige()) {
            perioden.add(0, p);
        }
        return trend(code, selectie, perioden);
    }

    /** The indicator's total per half-year of the last three years up to the selected period. */
    @Transactional(readOnly = true)
    public List<Trendpunt> trendPerHalfjaar(String code, Selectie selectie) {
        LocalDate eind = selectie.periode().eind();
        Rapportageperiode laatste = Rapportageperiode.halfjaar(eind.getYear(), eind.getMonthValue() <= 6 ? 1 : 2);
        List<Rapportageperiode> perioden = new ArrayList<>();
        for (Rapportageperiode p = laatste; perioden.size() < 6; p = p.vorige()) {
            perioden.add(0, p);
        }
        return trend(code, selectie, perioden);
    }

    /**
     * The totals per period, for the gemeente and its region; an indicator on trajecten without an age filter answers
     * every period it must compute in one question per area (see {@link Berekening#reken}).
     */
    private List<Trendpunt> trend(String code, Selectie selectie, List<Rapportageperiode> perioden) {
        Indicator indicator = indicator(code);
        Selectie totaal = selectie.metUitsplitsing(Uitsplitsing.TOTAAL);
        controleer(indicator, totaal);
        List<String> gemeente = List.of(selectie.gemeente().value());
        List<String> regiogemeenten = regiogemeenten(selectie);
        List<Cijfervraag> vragen = new ArrayList<>();
        for (Rapportageperiode periode : perioden) {
            vragen.add(new Cijfervraag(indicator, gemeente, totaal.metPeriode(periode)));
            vragen.add(new Cijfervraag(indicator, regiogemeenten, totaal.metPeriode(periode)));
        }
        List<List<Cel>> cellen = cijferblad.antwoorden(vragen, berekening::reken);
        List<Trendpunt> punten = new ArrayList<>();
        for (int i = 0; i < perioden.size(); i++) {
            punten.add(new Trendpunt(
                    perioden.get(i), enige(beveilig(cellen.get(2 * i))), enige(beveilig(cellen.get(2 * i + 1)))));
        }
        return punten;
    }

    /** When the read models last took in a change. */
    public Optional<Instant> bijgewerktOp() {
        return opslag.bijgewerktOp();
    }

    /**
     * The pseudonymised trajecten of the region's gemeenten (or one gemeente) in the period, each passed to {@code
     * regel}; every jeugdige in them is logged in the toegangslog as read in bulk (an export).
     */
    @Transactional
    public int trajecten(Rapportageperiode periode, GemeenteCode gemeente, Consumer<Trajectregel> regel) {
        List<String> gemeenten = gemeente == null
                ? gemeenten(periode.eind()).stream().map(GemeenteCode::value).toList()
                : List.of(binnenRegio(gemeente, periode).value());
        Set<String> jeugdigen = new HashSet<>();
        int[] aantal = {0};
        opslag.trajecten(gemeenten, periode, r -> {
            jeugdigen.add(r.jeugdige());
            regel.accept(r.regel());
            aantal[0]++;
        });
        toegangslog.registreerPseudoniemen(
                jeugdigen,
                Actie.EXPORTEREN,
                "trajecten (gepseudonimiseerd) " + periode.code(),
                "bulkexport sturingsinformatie door "
                        + autorisatie.vereisGebruiker().gebruikersnaam());
        return aantal[0];
    }

    private void controleer(Indicator indicator, Selectie selectie) {
        if (!indicator.kanUitsplitsen(selectie.uitsplitsing())) {
            throw new OngeldigeInvoer(
                    "uitsplitsing",
                    "Indicator " + indicator.naam() + " kent de uitsplitsing '"
                            + selectie.uitsplitsing().code()
                            + "' niet; wel: "
                            + String.join(
                                    ", ",
                                    indicator.uitsplitsingen().stream()
                                            .map(Uitsplitsing::code)
                                            .toList()));
        }
        if (selectie.hulpvorm() != null
                && !selectie.hulpvorm().equals("onbekend")
                && Jeugdzorgvorm.find(selectie.hulpvorm()).isEmpty()) {
            throw new OngeldigeInvoer("hulpvorm", "Hulpvorm '" + selectie.hulpvorm() + "' bestaat niet");
        }
        if (selectie.verwijzer() != null && Verwijzer.find(selectie.verwijzer()).isEmpty()) {
            throw new OngeldigeInvoer("verwijzer", "Verwijzer '" + selectie.verwijzer() + "' bestaat niet (COD327)");
        }
        if (selectie.aanbieder() != null) {
            new AgbCode(selectie.aanbieder());
        }
        binnenRegio(selectie.gemeente(), selectie.periode());
    }

    private GemeenteCode binnenRegio(GemeenteCode gemeente, Rapportageperiode periode) {
        if (!regio.gemeentenVanPlatformregio(periode.eind()).contains(gemeente)
                && !regio.gemeentenVanPlatformregio(periode.begin()).contains(gemeente)) {
            throw new OngeldigeWaarde("Gemeente " + namen.gemeente(gemeente) + " hoort in " + periode.omschrijving()
                    + " niet bij " + namen.jeugdregio(regio.platformregio()));
        }
        return gemeente;
    }

    private List<String> regiogemeenten(Selectie selectie) {
        return gemeenten(selectie.periode().eind()).stream()
                .map(GemeenteCode::value)
                .toList();
    }

    private static Cel enige(List<Cel> cellen) {
        return cellen.isEmpty() ? null : cellen.get(0);
    }

    /**
     * Suppresses cells that stand for fewer than {@link #minimumCel} jeugdigen, and, where exactly one cell of a
     * breakdown was suppressed, the next smallest as well, so the suppressed one cannot be found by subtracting the
     * others from the total.
     */
    private List<Cel> beveilig(List<Cel> cellen) {
        return beveilig(cellen, minimumCel);
    }

    static List<Cel> beveilig(List<Cel> cellen, int minimumCel) {
        List<Cel> uitkomst = new ArrayList<>(cellen.stream()
                .map(c -> c.jeugdigen() != null && c.jeugdigen() < minimumCel ? c.onderdrukken() : c)
                .toList());
        long onderdrukt = uitkomst.stream().filter(Cel::onderdrukt).count();
        if (onderdrukt == 1 && uitkomst.size() > 1) {
            uitkomst.stream()
                    .filter(c -> !c.onderdrukt() && c.jeugdigen() != null)
                    .min(Comparator.comparing(Cel::jeugdigen))
                    .ifPresent(kleinste -> uitkomst.set(uitkomst.indexOf(kleinste), kleinste.onderdrukken()));
        }
        return uitkomst;
    }

    /** Names every group as people read it, with its code; sorted by name, "onbekend" last. */
    private List<Cel> benoem(Uitsplitsing uitsplitsing, List<Cel> cellen) {
        return cellen.stream()
                .map(c -> c.metNaam(naam(uitsplitsing, c.groep())))
                .sorted(Comparator.comparing((Cel c) -> c.groep().equals("onbekend"))
                        .thenComparing(c -> volgorde(uitsplitsing, c)))
                .toList();
    }

    private static String volgorde(Uitsplitsing uitsplitsing, Cel cel) {
        return switch (uitsplitsing) {
            case HULPVORM, VERWIJZER, REDEN, BEROEP -> cel.groep();
            case LEEFTIJD -> String.format("%3s", cel.groep().replaceAll("[^0-9].*", ""));
            case DUURKLASSE -> String.valueOf(List.copyOf(DUURKLASSEN.keySet()).indexOf(cel.groep()));
            default -> cel.naam();
        };
    }

    /** The name of a group of a breakdown, with its code. */
    String naam(Uitsplitsing uitsplitsing, String groep) {
        if (groep == null || groep.equals("totaal")) {
            return "Totaal";
        }
        if (groep.equals("onbekend")) {
            return "Onbekend";
        }
        return switch (uitsplitsing) {
            case TOTAAL -> "Totaal";
            case GEMEENTE -> namen.gemeente(groep);
            case AANBIEDER -> namen.aanbieder(groep);
            case PRODUCT -> productnaam(groep);
            case HULPVORM -> Jeugdzorgvorm.find(groep).map(Notatie::code).orElse(groep);
            case VERWIJZER -> Verwijzer.find(groep).map(Notatie::code).orElse(groep);
            case LEEFTIJD ->
                Leeftijdsklasse.vanCode(groep).map(Leeftijdsklasse::naam).orElse(groep);
            case BEROEP -> groep.equals("herhaald") ? "Herhaald beroep" : "Nieuw beroep";
            case REDEN ->
                groep.equals("lopend")
                        ? "Lopend"
                        : RedenBeeindiging.find(groep).map(Notatie::code).orElse(groep);
            case DUURKLASSE -> DUURKLASSEN.getOrDefault(groep, groep);
            case ROUTE -> routenaam(groep);
            case BERICHTTYPE -> groep;
        };
    }

    private String productnaam(String groep) {
        String[] delen = groep.split("\\|", 2);
        String product = delen[0].length() == 2 ? namen.product(delen[0], null) : namen.product(delen[0]);
        if (delen.length == 1) {
            return product;
        }
        return product + ", per "
                + Eenheid.find(delen[1])
                        .map(e -> e.omschrijving().toLowerCase(java.util.Locale.ROOT))
                        .orElse(delen[1]);
    }

    private static String routenaam(String groep) {
        try {
            return Route.valueOf(groep).omschrijving();
        } catch (IllegalArgumentException e) {
            return groep;
        }
    }

    Clock clock() {
        return clock;
    }
}
