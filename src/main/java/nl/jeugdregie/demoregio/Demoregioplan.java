package nl.jeugdregie.demoregio;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.toegang.Trede;

/**
 * The history of the demo region as a plan, before anything is written: every jeugdige (casus) with its trajecten and
 * their dates, drawn with a fixed seed from the targets of {@link Kalibratie}. The same settings always give the same
 * plan, so a load that stopped half-way is resumed with the same jeugdigen.
 *
 * <p>The model: per gemeente a steady monthly inflow of jeugdigen ({@link Kalibratie#instroomPerMaand}); a jeugdige
 * has jeugdhulp (sometimes with a second traject inside the first), jeugdbescherming or jeugdreclassering (sometimes
 * with jeugdhulp alongside). A traject goes aanvraag → besluit (toewijzing) → start after a product-dependent waiting
 * time → stop after a product-dependent duration. The plan starts {@value #AANLOOP_MAANDEN} months before the window,
 * so the jeugdigen already in care when the window opens are there, with their earlier toewijzing; no duration is
 * longer than that run-in, so the trajecten that end in the window have the durations of the model.
 */
final class Demoregioplan {

    static final int AANLOOP_MAANDEN = 36;
    static final int LANGSTE_DUUR = 1095;

    /** Of a jeugdige with jeugdbescherming or jeugdreclassering, the share that also gets jeugdhulp. */
    static final double JEUGDHULP_BIJ_JB = 0.6;

    static final double JEUGDHULP_BIJ_JR = 0.3;

    /** A jeugdige with jeugdhulp gets a second traject inside the first this often. */
    static final double TWEEDE_TRAJECT = 0.3;

    /** This share of the jeugdigen moved to the gemeente from another one in the region before the aanvraag. */
    static final double VERHUISD = 0.01;

    /**
     * A product the region buys, with the omvang of a toewijzing, the median waiting time from toewijzing to start and
     * the average duration of the levering (days), and the aanbieders that deliver it.
     */
    record Aanbod(
            String code,
            Eenheid eenheid,
            Frequentie frequentie,
            long volume,
            Trede trede,
            boolean verblijf,
            double wachttijd,
            double duur,
            List<String> aanbieders) {

        boolean crisis() {
            return code.equals("46A01") || code.equals("43A12");
        }

        /** Jeugdbescherming or jeugdreclassering: a measure of the court, not jeugdhulp. */
        boolean maatregel() {
            return JEUGDBESCHERMING.containsKey(this) || equals(JEUGDRECLASSERING);
        }
    }

    private static final List<String> PERCEEL_1 = List.of("99000001", "99000004", "99000008", "99000009", "99000010");
    private static final List<String> PERCEEL_2 = List.of("99000002", "99000003");
    private static final List<String> PERCEEL_3 =
            List.of("99000005", "99000006", "99000007", "99000012", "99000013", "99000014");

    /** Jeugdhulp zonder verblijf, with the share of each product among the new trajecten. */
    static final Map<Aanbod, Double> ZONDER_VERBLIJF = Map.of(
            new Aanbod("45A48", Eenheid.UUR, Frequentie.PER_WEEK, 2, Trede.AMBULANT, false, 21, 460, PERCEEL_3),
            0.30,
            new Aanbod("45A51", Eenheid.UUR, Frequentie.PER_WEEK, 3, Trede.AMBULANT, false, 21, 490, PERCEEL_3),
            0.15,
            new Aanbod("45A53", Eenheid.UUR, Frequentie.PER_WEEK, 2, Trede.AMBULANT, false, 35, 590, PERCEEL_1),
            0.28,
            new Aanbod("45A06", Eenheid.UUR, Frequentie.PER_WEEK, 3, Trede.AMBULANT, false, 42, 170, PERCEEL_1),
            0.12,
            new Aanbod("41A04", Eenheid.DAGDEEL, Frequentie.PER_WEEK, 4, Trede.DAGHULP, false, 42, 530, PERCEEL_1),
            0.10,
            new Aanbod("46A01", Eenheid.UUR, Frequentie.PER_WEEK, 6, Trede.AMBULANT, false, 1, 85, PERCEEL_1),
            0.05);

    /** Jeugdhulp met verblijf (CBS: pleegzorg most, then residential, gezinshuis and a few closed placements). */
    static final Map<Aanbod, Double> MET_VERBLIJF = Map.of(
            new Aanbod("43A09", Eenheid.ETMAAL, Frequentie.PER_WEEK, 7, Trede.GEZINSVORM, true, 14, 840, PERCEEL_2),
            0.45,
            new Aanbod("43A10", Eenheid.ETMAAL, Frequentie.PER_WEEK, 7, Trede.GEZINSVORM, true, 28, 780, PERCEEL_2),
            0.12,
            new Aanbod("43A07", Eenheid.ETMAAL, Frequentie.PER_WEEK, 7, Trede.RESIDENTIEEL, true, 21, 590, PERCEEL_2),
            0.38,
            new Aanbod(
                    "43A12", Eenheid.ETMAAL, Frequentie.PER_WEEK, 7, Trede.GESLOTEN, true, 1, 250, List.of("99000011")),
            0.05);

    /** Jeugdbescherming (ondertoezichtstelling, voogdij) and jeugdreclassering at the two gecertificeerde instellingen. */
    static final Map<Aanbod, Double> JEUGDBESCHERMING = Map.of(
            new Aanbod(
                    "48A04",
                    Eenheid.UUR,
                    Frequentie.PER_WEEK,
                    1,
                    Trede.AMBULANT,
                    false,
                    3,
                    480,
                    List.of(Demoregio.GI_OVERIJSSEL, Demoregio.GI_LANDELIJK)),
            0.75,
            new Aanbod(
                    "48A06",
                    Eenheid.UUR,
                    Frequentie.PER_WEEK,
                    1,
                    Trede.AMBULANT,
                    false,
                    3,
                    640,
                    List.of(Demoregio.GI_OVERIJSSEL, Demoregio.GI_LANDELIJK)),
            0.25);

    static final Aanbod JEUGDRECLASSERING = new Aanbod(
            "47A08",
            Eenheid.STUKS_OUTPUT,
            Frequentie.PER_MAAND,
            1,
            Trede.AMBULANT,
            false,
            5,
            270,
            List.of(Demoregio.GI_OVERIJSSEL));

    /** Every product of the plan. */
    static List<Aanbod> alleAanbod() {
        List<Aanbod> alle = new ArrayList<>(ZONDER_VERBLIJF.keySet());
        alle.addAll(MET_VERBLIJF.keySet());
        alle.addAll(JEUGDBESCHERMING.keySet());
        alle.add(JEUGDRECLASSERING);
        alle.sort(Comparator.comparing(Aanbod::code));
        return alle;
    }

    static Aanbod aanbod(String code) {
        return alleAanbod().stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Geen product " + code + " in de demoregio"));
    }

    /** What the plan covers: the window of months up to today, which gemeenten, the scale and the seed. */
    record Instellingen(LocalDate vandaag, int maanden, Set<GemeenteCode> gemeenten, double schaal, long zaad) {

        /** The first day of the window: {@code maanden} whole months before the current one. */
        LocalDate venster() {
            return YearMonth.from(vandaag).minusMonths(maanden).atDay(1);
        }

        LocalDate aanloop() {
            return venster().minusMonths(AANLOOP_MAANDEN);
        }
    }

    /** A jeugdige of the plan, with the gemeente it came from when it moved before its first aanvraag. */
    record Casus(
            int nummer,
            GemeenteCode gemeente,
            Bsn bsn,
            Persoon persoon,
            List<Traject> trajecten,
            GemeenteCode verhuisdVan,
            LocalDate ingeschrevenOp) {}

    record Persoon(
            String voornaam,
            String achternaam,
            String voorvoegsel,
            Geslacht geslacht,
            LocalDate geboortedatum,
            String straat,
            int huisnummer,
            String postcode,
            String plaats,
            String ouder) {

        String voorletters() {
            return voornaam.substring(0, 1);
        }
    }

    /**
     * One traject: product at aanbieder, asked for on {@code aanvraag}, toegewezen on {@code besluit} until {@code eind},
     * started on {@code start} and stopped on {@code stop} with {@code reden} (the reasons are spread over the plan at the end: {@link #spreid}). Dates after today are not carried out.
     */
    record Traject(
            String sleutel,
            Herkomst herkomst,
            Aanbod aanbod,
            AgbCode aanbieder,
            LocalDate aanvraag,
            LocalDate besluit,
            LocalDate eind,
            LocalDate start,
            LocalDate stop,
            RedenBeeindiging reden,
            boolean eerste) {

        long duur() {
            return ChronoUnit.DAYS.between(start, stop);
        }

        Traject met(Herkomst andereHerkomst, RedenBeeindiging andereReden) {
            return new Traject(
                    sleutel,
                    andereHerkomst,
                    aanbod,
                    aanbieder,
                    aanvraag,
                    besluit,
                    eind,
                    start,
                    stop,
                    andereReden,
                    eerste);
        }
    }

    private final Instellingen instellingen;
    private final Kalibratie kalibratie;
    private final double aandeelVerblijf;
    private final double duurEpisode;
    private final double duurZonder;
    private final double duurVerblijf;
    private double verblijfTegoed;
    private final Map<String, Integer> duurVolgnummer = new java.util.HashMap<>();
    private final double duurBegin;

    Demoregioplan(Instellingen instellingen, Kalibratie kalibratie) {
        this.instellingen = instellingen;
        this.kalibratie = kalibratie;
        this.duurBegin = new SplittableRandom(instellingen.zaad()).nextDouble();
        SplittableRandom proef = new SplittableRandom(instellingen.zaad() ^ 0x5DEECE66DL);
        this.duurZonder = gemiddeldeDuur(ZONDER_VERBLIJF, proef);
        this.duurVerblijf = gemiddeldeDuur(MET_VERBLIJF, proef);
        this.aandeelVerblijf = Kalibratie.instroomaandeelVerblijf(duurVerblijf, duurZonder);
        double jeugdhulp = aandeelVerblijf * duurVerblijf + (1 - aandeelVerblijf) * duurZonder;
        double jb = gemiddeldeDuur(JEUGDBESCHERMING, proef);
        double jr = gemiddeldeDuur(Map.of(JEUGDRECLASSERING, 1.0), proef);
        double pJb = Kalibratie.AANDEEL_JEUGDBESCHERMING;
        double pJr = Kalibratie.AANDEEL_JEUGDRECLASSERING;
        this.duurEpisode = (1 - pJb - pJr) * jeugdhulp + pJb * jb + pJr * jr;
    }

    /** The share of new jeugdhulp episodes with verblijf, derived from the target and the durations. */
    double aandeelVerblijf() {
        return aandeelVerblijf;
    }

    /** The average duration in days of the first traject of a jeugdige, which sets the inflow. */
    double duurEpisode() {
        return duurEpisode;
    }

    /** New jeugdigen per month in a gemeente at the plan's scale. */
    double instroomPerMaand(GemeenteCode gemeente) {
        return Kalibratie.instroomPerMaand(kalibratie.gemeente(gemeente).jeugdigenPerJaar(), duurEpisode)
                * instellingen.schaal();
    }

    /** Every jeugdige of the plan that is in care in the window, ordered by its number. */
    List<Casus> casussen() {
        List<Casus> casussen = new ArrayList<>();
        int nummer = 0;
        verblijfTegoed = 0;
        duurVolgnummer.clear();
        List<GemeenteCode> gemeenten = instellingen.gemeenten().stream()
                .sorted(Comparator.comparing(GemeenteCode::value))
                .toList();
        LocalDate venster = instellingen.venster();
        LocalDate gisteren = instellingen.vandaag().minusDays(1);
        for (GemeenteCode gemeente : gemeenten) {
            SplittableRandom toeval = new SplittableRandom(
                    instellingen.zaad() * 31 + gemeente.value().hashCode());
            double perMaand = instroomPerMaand(gemeente);
            double over = 0;
            for (YearMonth maand = YearMonth.from(instellingen.aanloop());
                    !maand.isAfter(YearMonth.from(gisteren));
                    maand = maand.plusMonths(1)) {
                over += perMaand;
                int aantal = (int) over;
                over -= aantal;
                for (int i = 0; i < aantal; i++) {
                    LocalDate aanvraag = maand.atDay(1 + toeval.nextInt(maand.lengthOfMonth()));
                    Casus casus = casus(++nummer, gemeente, aanvraag, toeval, gemeenten);
                    LocalDate einde = casus.trajecten().stream()
                            .map(Traject::stop)
                            .max(Comparator.naturalOrder())
                            .orElseThrow();
                    if (!einde.isBefore(venster)
                            && !casus.trajecten().get(0).aanvraag().isAfter(gisteren)) {
                        casussen.add(casus);
                    }
                }
            }
        }
        return spreid(casussen);
    }

    /**
     * Spreads the reasons of ending and the verwijzers evenly over time instead of drawing each one: the trajecten in
     * order of their stop (reasons) or their start (verwijzers) each get the category furthest behind its share, so
     * every stretch of months, however short, has the calibrated mix within a traject or two, and a small region or
     * scale meets the targets as the full one does. Closed placements and the measures of the court keep the rechter.
     */
    private static List<Casus> spreid(List<Casus> casussen) {
        List<Traject> alle =
                casussen.stream().flatMap(c -> c.trajecten().stream()).toList();
        Map<String, RedenBeeindiging> redenen = verdeel(
                alle.stream()
                        .sorted(Comparator.comparing(Traject::stop).thenComparing(Traject::sleutel))
                        .toList(),
                Kalibratie.REDENEN);
        Map<String, Herkomst> herkomsten = verdeel(
                alle.stream()
                        .filter(t -> !t.aanbod().maatregel() && t.aanbod().trede() != Trede.GESLOTEN)
                        .sorted(Comparator.comparing(Traject::start).thenComparing(Traject::sleutel))
                        .toList(),
                Kalibratie.VERWIJZERS);
        return casussen.stream()
                .map(c -> new Casus(
                        c.nummer(),
                        c.gemeente(),
                        c.bsn(),
                        c.persoon(),
                        c.trajecten().stream()
                                .map(t -> t.met(
                                        herkomsten.getOrDefault(t.sleutel(), t.herkomst()), redenen.get(t.sleutel())))
                                .toList(),
                        c.verhuisdVan(),
                        c.ingeschrevenOp()))
                .toList();
    }

    /** Per traject (by key) the category of {@code mix} furthest behind its share when the traject's turn comes. */
    static <T> Map<String, T> verdeel(List<Traject> volgorde, Map<T, Double> mix) {
        List<Map.Entry<T, Double>> opties = opties(mix);
        double som = opties.stream().mapToDouble(Map.Entry::getValue).sum();
        long[] aantal = new long[opties.size()];
        Map<String, T> uitkomst = new java.util.HashMap<>();
        for (int i = 0; i < volgorde.size(); i++) {
            int verste = 0;
            double achterstand = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < opties.size(); k++) {
                double achter = (i + 1) * opties.get(k).getValue() / som - aantal[k];
                if (achter > achterstand) {
                    achterstand = achter;
                    verste = k;
                }
            }
            aantal[verste]++;
            uitkomst.put(volgorde.get(i).sleutel(), opties.get(verste).getKey());
        }
        return uitkomst;
    }

    private Casus casus(
            int nummer, GemeenteCode gemeente, LocalDate aanvraag, SplittableRandom toeval, List<GemeenteCode> regio) {
        double soort = toeval.nextDouble();
        boolean jb = soort < Kalibratie.AANDEEL_JEUGDBESCHERMING;
        boolean jr = !jb && soort < Kalibratie.AANDEEL_JEUGDBESCHERMING + Kalibratie.AANDEEL_JEUGDRECLASSERING;
        List<Traject> trajecten = new ArrayList<>();
        String sleutel = "c" + nummer;
        int leeftijd;
        if (jb || jr) {
            Aanbod aanbod = jb ? kies(JEUGDBESCHERMING, toeval) : JEUGDRECLASSERING;
            Traject maatregel = traject(sleutel + "t1", Herkomst.RECHTER, aanbod, aanvraag, true, toeval);
            trajecten.add(maatregel);
            if (toeval.nextDouble() < (jb ? JEUGDHULP_BIJ_JB : JEUGDHULP_BIJ_JR)) {
                binnen(maatregel, sleutel + "t2", jeugdhulp(toeval), toeval).ifPresent(trajecten::add);
            }
            leeftijd = jr ? 12 + toeval.nextInt(6) : leeftijd(toeval, 18);
        } else {
            Aanbod aanbod = jeugdhulp(toeval);
            Traject eerste = traject(sleutel + "t1", herkomst(aanbod, toeval), aanbod, aanvraag, true, toeval);
            trajecten.add(eerste);
            if (toeval.nextDouble() < TWEEDE_TRAJECT) {
                binnen(eerste, sleutel + "t2", kies(ZONDER_VERBLIJF, toeval), toeval)
                        .ifPresent(trajecten::add);
            }
            leeftijd = leeftijd(toeval, 23);
        }
        LocalDate geboren = aanvraag.minusYears(leeftijd).minusDays(toeval.nextInt(365));
        Persoon persoon = Personen.persoon(gemeente, geboren, toeval);
        GemeenteCode verhuisdVan = null;
        LocalDate ingeschreven = aanvraag;
        if (regio.size() > 1 && toeval.nextDouble() < VERHUISD) {
            List<GemeenteCode> anderen =
                    regio.stream().filter(g -> !g.equals(gemeente)).toList();
            verhuisdVan = anderen.get(toeval.nextInt(anderen.size()));
            ingeschreven = aanvraag.minusDays(60 + toeval.nextInt(300));
            if (ingeschreven.isBefore(geboren.plusDays(1)) || ingeschreven.isBefore(instellingen.aanloop())) {
                verhuisdVan = null;
                ingeschreven = aanvraag;
            }
        }
        return new Casus(
                nummer, gemeente, Personen.bsn(nummer), persoon, List.copyOf(trajecten), verhuisdVan, ingeschreven);
    }

    /**
     * The product of a new jeugdhulp episode: with verblijf for the share {@link #aandeelVerblijf}, spread evenly over the
     * episodes (each takes its share of a credit, and the one that completes it gets verblijf) so that a short period or a
     * small scale has the same share.
     */
    private Aanbod jeugdhulp(SplittableRandom toeval) {
        verblijfTegoed += aandeelVerblijf;
        if (verblijfTegoed >= 1) {
            verblijfTegoed -= 1;
            return kies(MET_VERBLIJF, toeval);
        }
        return kies(ZONDER_VERBLIJF, toeval);
    }

    /** Closed placement needs a court order, so it comes through the rechter; all else follows the verwijzer mix. */
    private static Herkomst herkomst(Aanbod aanbod, SplittableRandom toeval) {
        if (aanbod.trede() == Trede.GESLOTEN) {
            return Herkomst.RECHTER;
        }
        return kies(Kalibratie.VERWIJZERS, toeval);
    }

    /**
     * A second traject that starts during {@code buiten} and stops by the time it stops; of the same product, at another
     * aanbieder of the perceel, since a second toewijzing of one product at one aanbieder may not overlap the first
     * (OP259).
     */
    private java.util.Optional<Traject> binnen(Traject buiten, String sleutel, Aanbod aanbod, SplittableRandom toeval) {
        LocalDate start = buiten.start().plusDays((long) (buiten.duur() * (0.1 + 0.4 * toeval.nextDouble())));
        LocalDate besluit = start.minusDays(Math.round(wachttijd(aanbod, toeval)));
        LocalDate aanvraag = besluit.minusDays(besluittermijn(aanbod, toeval));
        if (!aanvraag.isAfter(buiten.besluit()) || !start.isBefore(buiten.stop().minusDays(14))) {
            return java.util.Optional.empty();
        }
        long duur = Math.min(duur(aanbod), ChronoUnit.DAYS.between(start, buiten.stop()));
        Herkomst herkomst = herkomst(aanbod, toeval);
        AgbCode aanbieder = aanbieder(aanbod, toeval);
        if (aanbod.equals(buiten.aanbod()) && aanbieder.equals(buiten.aanbieder())) {
            List<String> anderen = aanbod.aanbieders().stream()
                    .filter(a -> !a.equals(buiten.aanbieder().value()))
                    .toList();
            aanbieder = new AgbCode(anderen.get(toeval.nextInt(anderen.size())));
        }
        return java.util.Optional.of(new Traject(
                sleutel,
                herkomst,
                aanbod,
                aanbieder,
                aanvraag,
                besluit,
                eind(besluit, start.plusDays(duur), toeval),
                start,
                start.plusDays(duur),
                null,
                false));
    }

    private Traject traject(
            String sleutel,
            Herkomst herkomst,
            Aanbod aanbod,
            LocalDate aanvraag,
            boolean eerste,
            SplittableRandom toeval) {
        LocalDate besluit = aanvraag.plusDays(besluittermijn(aanbod, toeval));
        LocalDate start = besluit.plusDays(Math.round(wachttijd(aanbod, toeval)));
        LocalDate stop = start.plusDays(duur(aanbod));
        return new Traject(
                sleutel,
                herkomst,
                aanbod,
                aanbieder(aanbod, toeval),
                aanvraag,
                besluit,
                eind(besluit, stop, toeval),
                start,
                stop,
                null,
                eerste);
    }

    /**
     * The last day of the toewijzing: a month or two after the planned stop, within the contracts the demo region has
     * (to the end of next year).
     */
    private LocalDate eind(LocalDate besluit, LocalDate stop, SplittableRandom toeval) {
        LocalDate eind = stop.plusDays(30 + toeval.nextInt(60));
        LocalDate contractEinde = LocalDate.of(instellingen.vandaag().getYear() + 1, 12, 31);
        return eind.isAfter(contractEinde) ? contractEinde : eind.isBefore(besluit) ? besluit : eind;
    }

    /** Days from aanvraag to besluit: a crisis the same day, a verzoek or a hulpvraag within the Awb term. */
    private static long besluittermijn(Aanbod aanbod, SplittableRandom toeval) {
        if (aanbod.crisis()) {
            return toeval.nextInt(2);
        }
        return 5 + toeval.nextInt(36);
    }

    /** Waiting time from toewijzing to start: log-normal around the product's median. */
    private static double wachttijd(Aanbod aanbod, SplittableRandom toeval) {
        return aanbod.wachttijd() * Math.exp(0.5 * gauss(toeval));
    }

    /**
     * Duration of the next levering of a product: log-normal with the product's mean (sigma 0.7), between two weeks and
     * {@value #LANGSTE_DUUR} days. The trajecten of a product take the quantiles of that distribution in a
     * well-spread order (the golden-ratio sequence, from a point set by the seed) instead of independent draws, so the
     * durations of any few months of trajecten already have the distribution's mean.
     */
    private long duur(Aanbod aanbod) {
        int n = duurVolgnummer.merge(aanbod.code(), 1, Integer::sum);
        double u = (duurBegin + n * GULDEN_SNEDE) % 1.0;
        return duur(aanbod, normaalKwantiel(u));
    }

    private static final double GULDEN_SNEDE = (Math.sqrt(5) - 1) / 2;

    /** The duration at the standard normal quantile {@code z}. */
    static long duur(Aanbod aanbod, double z) {
        double sigma = 0.7;
        double mu = Math.log(aanbod.duur()) - sigma * sigma / 2;
        long duur = Math.round(Math.exp(mu + sigma * z));
        return Math.max(14, Math.min(LANGSTE_DUUR, duur));
    }

    private static double gemiddeldeDuur(Map<Aanbod, Double> mix, SplittableRandom toeval) {
        int n = 50_000;
        double som = 0;
        for (int i = 0; i < n; i++) {
            som += duur(kies(mix, toeval), gauss(toeval));
        }
        return som / n;
    }

    /** The quantile of the standard normal distribution at {@code p} in (0, 1) (Acklam's rational approximation). */
    static double normaalKwantiel(double p) {
        double[] a = {
            -39.69683028665376,
            220.9460984245205,
            -275.9285104469687,
            138.3577518672690,
            -30.66479806614716,
            2.506628277459239
        };
        double[] b = {-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572};
        double[] c = {
            -0.007784894002430293,
            -0.3223964580411365,
            -2.400758277161838,
            -2.549732539343734,
            4.374664141464968,
            2.938163982698783
        };
        double[] d = {0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416};
        double q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
        if (q < 0.02425 || q > 1 - 0.02425) {
            double r = Math.sqrt(-2 * Math.log(q < 0.5 ? q : 1 - q));
            double z = (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5])
                    / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
            return q < 0.5 ? z : -z;
        }
        double x = q - 0.5;
        double r = x * x;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
                * x
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    private static AgbCode aanbieder(Aanbod aanbod, SplittableRandom toeval) {
        return new AgbCode(
                aanbod.aanbieders().get(toeval.nextInt(aanbod.aanbieders().size())));
    }

    /** An age below {@code tot} weighted by the CPB spending per age. */
    private int leeftijd(SplittableRandom toeval, int tot) {
        double[] gewicht = kalibratie.leeftijdsgewicht();
        double som = 0;
        for (int a = 0; a < tot; a++) {
            som += gewicht[a];
        }
        double r = toeval.nextDouble() * som;
        for (int a = 0; a < tot; a++) {
            r -= gewicht[a];
            if (r < 0) {
                return a;
            }
        }
        return tot - 1;
    }

    /** A key of {@code mix} drawn by its weight; the keys in a stable order so the plan is the same every time. */
    static <T> T kies(Map<T, Double> mix, SplittableRandom toeval) {
        List<Map.Entry<T, Double>> opties = opties(mix);
        double som = opties.stream().mapToDouble(Map.Entry::getValue).sum();
        double r = toeval.nextDouble() * som;
        for (Map.Entry<T, Double> optie : opties) {
            r -= optie.getValue();
            if (r < 0) {
                return optie.getKey();
            }
        }
        return opties.get(opties.size() - 1).getKey();
    }

    /** The entries of {@code mix} in a stable order, so the plan is the same every time. */
    private static <T> List<Map.Entry<T, Double>> opties(Map<T, Double> mix) {
        return mix.entrySet().stream()
                .sorted(Comparator.comparing(
                        e -> String.valueOf(e.getKey() instanceof Aanbod a ? a.code() : e.getKey())))
                .toList();
    }

    private static double gauss(SplittableRandom toeval) {
        double u = 1 - toeval.nextDouble();
        double v = toeval.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
