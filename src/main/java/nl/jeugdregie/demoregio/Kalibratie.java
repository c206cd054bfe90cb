package nl.jeugdregie.demoregio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;

/**
 * Every figure the demo region is calibrated to, in one place, each with its source. The generator ({@link
 * Demoregioplan}) derives its inflow from these targets, and a check of the generated history compares against them.
 *
 * <p>Per gemeente ({@code demoregio/kalibratie-gemeenten.csv}): the share of inhabitants under 23 with jeugdzorg in
 * natura (CBS 85039NED, KWB 2021) applied to an estimate of the inhabitants under 23 (CBS 70072NED, 1 January 2025:
 * all aged 0-14 plus 8/10 of those aged 15-24; an estimate, the file has no single years).
 *
 * <p>Per age ({@code demoregio/leeftijdsprofiel.csv}): the CPB spending on jeugdzorg per inhabitant by age (2022)
 * weighs the ages of the jeugdigen, so both the age mix and the spending per age follow the CPB profile.
 */
public final class Kalibratie {

    /** Jeugdhulp met verblijf among jeugdigen with jeugdhulp: 8.3 % (CBS 85098NED, 2023). */
    public static final double AANDEEL_VERBLIJF = 0.083;

    /**
     * Jeugdbescherming among jeugdigen with jeugdzorg: about 36 000 of 474 000 (CBS Jeugdmonitor 2024, figures of 2023,
     * voorlopig).
     */
    public static final double AANDEEL_JEUGDBESCHERMING = 36_000.0 / 474_000.0;

    /** Jeugdreclassering among jeugdigen with jeugdzorg: about 8 000 of 474 000 (idem). */
    public static final double AANDEEL_JEUGDRECLASSERING = 8_000.0 / 474_000.0;

    /**
     * Average duration of ended jeugdhulp trajecten, in days: CBS 360 (2019) and 391 (2020, voorlopig); the demo aims
     * at the middle and accepts 360 to 390.
     */
    public static final double GEMIDDELDE_DUUR_BEEINDIGD = 375;

    public static final double GEMIDDELDE_DUUR_MINIMUM = 360;
    public static final double GEMIDDELDE_DUUR_MAXIMUM = 390;

    /**
     * Verwijzers of begun jeugdhulptrajecten in natura, Nederland, first half of 2023 (CBS 85097NED, voorlopig): of
     * 159 020 with a known verwijzer, gemeentelijke toegang 48 625, huisarts 61 700, jeugdarts 5 795, gecertificeerde
     * instelling 11 135, medisch specialist 7 440, rechter or officier van justitie 600, no verwijzer 23 725. The two
     * routes of the gemeentelijke toegang (lokaal team and school) split 9 to 1.
     */
    public static final Map<Herkomst, Double> VERWIJZERS = verwijzers();

    /**
     * Reasons a levering ends (JW307). Uitval (32, voortijdig eenzijdig door de cliënt) is the CBS outcome indicator;
     * CBS reports 5 to 10 % of ended trajecten ending early by the client's decision; the rest follows the usual
     * spread of reasons in regional reports: most according to plan.
     */
    public static final Map<RedenBeeindiging, Double> REDENEN = redenen();

    /** Uitval: the share of ended trajecten with reason 32. */
    public static final double UITVAL = 0.07;

    private final List<Gemeentedoel> gemeenten;
    private final double[] leeftijdsgewicht;

    private Kalibratie(List<Gemeentedoel> gemeenten, double[] leeftijdsgewicht) {
        this.gemeenten = List.copyOf(gemeenten);
        this.leeftijdsgewicht = leeftijdsgewicht;
    }

    /** The calibration of the 14 Twente gemeenten, from the module's resources. */
    public static Kalibratie twente() {
        List<Gemeentedoel> gemeenten = new ArrayList<>();
        for (String[] r : regels("demoregio/kalibratie-gemeenten.csv")) {
            gemeenten.add(new Gemeentedoel(
                    new GemeenteCode(r[0]),
                    r[1],
                    Integer.parseInt(r[2]),
                    Integer.parseInt(r[3]),
                    Double.parseDouble(r[4])));
        }
        List<String[]> leeftijden = regels("demoregio/leeftijdsprofiel.csv");
        double[] gewicht = new double[leeftijden.size()];
        for (String[] r : leeftijden) {
            gewicht[Integer.parseInt(r[0])] = Double.parseDouble(r[1]);
        }
        return new Kalibratie(gemeenten, gewicht);
    }

    /**
     * One gemeente's target.
     *
     * @param pctJeugdzorg percentage of inhabitants under 23 with jeugdzorg in natura (CBS 85039NED)
     */
    public record Gemeentedoel(
            GemeenteCode gemeente, String naam, int inwoners0tot14, int inwoners15tot24, double pctJeugdzorg) {

        /** Inhabitants under 23, estimated: everyone aged 0-14 and 8 of the 10 years of the band 15-24. */
        public long jongerenTot23() {
            return inwoners0tot14 + Math.round(inwoners15tot24 * 0.8);
        }

        /** Jeugdigen with jeugdzorg in a year: the CBS share of the inhabitants under 23. */
        public double jeugdigenPerJaar() {
            return jongerenTot23() * pctJeugdzorg / 100.0;
        }
    }

    public List<Gemeentedoel> gemeenten() {
        return gemeenten;
    }

    public Gemeentedoel gemeente(GemeenteCode code) {
        return gemeenten.stream()
                .filter(g -> g.gemeente().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Geen kalibratie voor gemeente " + code));
    }

    /** The relative weight of each age 0..22 among jeugdigen with jeugdzorg (CPB spending per inhabitant). */
    public double[] leeftijdsgewicht() {
        return leeftijdsgewicht.clone();
    }

    /**
     * The monthly inflow of new jeugdigen that gives {@code perJaar} jeugdigen in care in a year when an episode lasts
     * {@code gemiddeldeDuurDagen} on average: in a steady state, those in care in a year are the ones already in care on
     * 1 January (inflow times duration) plus the year's inflow, so the yearly inflow is perJaar / (1 + duration in
     * years).
     */
    public static double instroomPerMaand(double perJaar, double gemiddeldeDuurDagen) {
        return perJaar / (1 + gemiddeldeDuurDagen / 365.25) / 12;
    }

    /**
     * The share of new jeugdhulp episodes with verblijf that gives {@link #AANDEEL_VERBLIJF} of the jeugdigen in care in a
     * year, when episodes with verblijf last {@code duurVerblijf} days and the others {@code duurZonder} days on average:
     * each episode is counted in a year with weight 1 + duration in years.
     */
    public static double instroomaandeelVerblijf(double duurVerblijf, double duurZonder) {
        double v = 1 + duurVerblijf / 365.25;
        double z = 1 + duurZonder / 365.25;
        double a = AANDEEL_VERBLIJF;
        return a * z / (v - a * v + a * z);
    }

    private static Map<Herkomst, Double> verwijzers() {
        double totaal = 159_020;
        Map<Herkomst, Double> mix = new EnumMap<>(Herkomst.class);
        mix.put(Herkomst.LOKAAL_TEAM, 48_625 * 0.9 / totaal);
        mix.put(Herkomst.ONDERWIJS, 48_625 * 0.1 / totaal);
        mix.put(Herkomst.ZELF, 23_725 / totaal);
        mix.put(Herkomst.HUISARTS, 61_700 / totaal);
        mix.put(Herkomst.JEUGDARTS, 5_795 / totaal);
        mix.put(Herkomst.MEDISCH_SPECIALIST, 7_440 / totaal);
        mix.put(Herkomst.GECERTIFICEERDE_INSTELLING, 11_135 / totaal);
        mix.put(Herkomst.RECHTER, 600 / totaal);
        return java.util.Collections.unmodifiableMap(mix);
    }

    private static Map<RedenBeeindiging, Double> redenen() {
        Map<RedenBeeindiging, Double> redenen = new EnumMap<>(RedenBeeindiging.class);
        redenen.put(RedenBeeindiging.VOLGENS_PLAN_BEEINDIGD, 0.70);
        redenen.put(RedenBeeindiging.VOORTIJDIG_DOOR_CLIENT, UITVAL);
        redenen.put(RedenBeeindiging.VOORTIJDIG_IN_OVERLEG, 0.09);
        redenen.put(RedenBeeindiging.VOORTIJDIG_DOOR_AANBIEDER, 0.04);
        redenen.put(RedenBeeindiging.VOORTIJDIG_EXTERNE_OMSTANDIGHEDEN, 0.03);
        redenen.put(RedenBeeindiging.OVERSTAP_ANDERE_AANBIEDER, 0.03);
        redenen.put(RedenBeeindiging.UITSTROOM_ANDER_DOMEIN, 0.02);
        redenen.put(RedenBeeindiging.GEINITIEERD_DOOR_GEMEENTE, 0.02);
        return java.util.Collections.unmodifiableMap(redenen);
    }

    private static List<String[]> regels(String pad) {
        InputStream in = Kalibratie.class.getClassLoader().getResourceAsStream(pad);
        if (in == null) {
            throw new IllegalStateException("Kalibratiebestand " + pad + " ontbreekt");
        }
        List<String[]> regels = new ArrayList<>();
        try (BufferedReader lezer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean kop = true;
            for (String regel = lezer.readLine(); regel != null; regel = lezer.readLine()) {
                if (regel.isBlank() || regel.startsWith("#")) {
                    continue;
                }
                if (kop) {
                    kop = false;
                    continue;
                }
                regels.add(regel.split(","));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return regels;
    }
}
