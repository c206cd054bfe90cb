package nl.jeugdregie.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import org.junit.jupiter.api.Test;

/**
 * The volumes of a concept declaratie computed by hand, without Spring, and every proposed line accepted by the checks
 * the gemeente runs ({@link Declaratiecontroles}) on the same data.
 */
class DeclaratieconceptopbouwTest {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    static final AgbCode AANBIEDER = new AgbCode("12345678");
    static final Bsn CLIENT = new Bsn("999993653");
    static final Periode JAAR = Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    final Map<Long, Toewijzingstand> toewijzingen = new HashMap<>();
    final Map<Long, List<Periode>> zorg = new HashMap<>();
    final Map<String, List<Contracttarief>> tarieven = new HashMap<>();
    final Map<Long, Map<Eenheid, Long>> volume = new HashMap<>();
    final Map<Long, Bedrag> bedrag = new HashMap<>();
    final AtomicInteger nummers = new AtomicInteger();

    DeclaratieconceptopbouwTest() {
        tarief("45A48", Eenheid.UUR, Bedrag.euro(84));
        tarief("43A03", Eenheid.ETMAAL, Bedrag.euro(150));
    }

    @Test
    void perDagCountsTheDaysOfCareInTheMonth() {
        // 1 etmaal per dag, care from 10 February: 10 to 28 February is 19 days, x € 150 = € 2.850,00.
        toewijzing(1, "43A03", JAAR, 1L, Eenheid.ETMAAL, Frequentie.PER_DAG, null);
        zorg(1, LocalDate.of(2026, 2, 10), null);

        Prestatie p = enige(YearMonth.of(2026, 2));

        assertThat(p.geleverdVolume()).isEqualTo(19);
        assertThat(p.ingediendBedrag()).isEqualTo(Bedrag.euro(2850));
        assertThat(p.productperiode()).isEqualTo(Periode.maand(YearMonth.of(2026, 2)));
    }

    @Test
    void countsNoCareAfterToday() {
        // On Monday 2 March, care since 10 February: March so far has 2 days of care, 2 etmalen x € 150 = € 300,00.
        toewijzing(1, "43A03", JAAR, 1L, Eenheid.ETMAAL, Frequentie.PER_DAG, null);
        zorg(1, LocalDate.of(2026, 2, 10), null);
        Conceptopbouw opbouw = opbouw(YearMonth.of(2026, 3), LocalDate.of(2026, 3, 2));

        opbouw.declareer(toewijzingen.get(1L), CLIENT, Set.of());

        assertThat(opbouw.regels()).singleElement().satisfies(r -> {
            assertThat(r.prestatie().geleverdVolume()).isEqualTo(2);
            assertThat(r.prestatie().ingediendBedrag()).isEqualTo(Bedrag.euro(300));
            assertThat(r.prestatie().productperiode()).isEqualTo(Periode.maand(YearMonth.of(2026, 3)));
        });
    }

    @Test
    void perWeekSkipsTheWeeksOfATemporaryStopAndCountsEachWeekInOneMonth() {
        // Care 5 to 13 January, then again from 26 January. January: the weeks of 5, 12 and 26 January (not 19
        // January, no care; not 29 December, before the start): 3 x 4 = 12 uur.
        toewijzing(1, "45A48", JAAR, 4L, Eenheid.UUR, Frequentie.PER_WEEK, null);
        zorg(1, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 13));
        zorg(1, LocalDate.of(2026, 1, 26), null);
        assertThat(enige(YearMonth.of(2026, 1)).geleverdVolume()).isEqualTo(12);

        // November 2026 (1 November a Sunday): the weeks of 2, 9, 16, 23 and 30 November, 20 uur; December then has
        // the weeks of 7, 14, 21 and 28 December, 16 uur (the week of 30 November belongs to November).
        assertThat(enige(YearMonth.of(2026, 11)).geleverdVolume()).isEqualTo(20);
        assertThat(enige(YearMonth.of(2026, 12)).geleverdVolume()).isEqualTo(16);
    }

    @Test
    void minutesOnAnHourlyTariffArePricedPerSixty() {
        // 90 minuten per week, February (from Monday 2 February): 4 weeks, 360 minutes; tariff per minute € 84 / 60 =
        // € 1,40, amount (€ 84 x 360) / 60 = € 504,00 (IV081).
        toewijzing(1, "45A48", JAAR, 90L, Eenheid.MINUUT, Frequentie.PER_WEEK, null);
        zorg(1, LocalDate.of(2026, 1, 1), null);

        Prestatie p = enige(YearMonth.of(2026, 2));

        assertThat(p.geleverdVolume()).isEqualTo(360);
        assertThat(p.productTarief()).isEqualTo(new Bedrag(140));
        assertThat(p.ingediendBedrag()).isEqualTo(Bedrag.euro(504));
    }

    @Test
    void neverProposesMoreThanTheOmvangOrTheBudgetLeaves() {
        // 10 uur per week over January (5 ISO weeks: 50 uur), 45 uur approved already: 5 uur left (TR322).
        toewijzing(
                1,
                "45A48",
                Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                10L,
                Eenheid.UUR,
                Frequentie.PER_WEEK,
                null);
        zorg(1, LocalDate.of(2026, 1, 1), null);
        volume.put(1L, Map.of(Eenheid.UUR, 45L));
        assertThat(enige(YearMonth.of(2026, 1)).geleverdVolume()).isEqualTo(5);

        // 10 uur per week with a budget of € 500: February would be 40 uur, the budget allows 5 uur (€ 420) (TR369).
        toewijzingen.clear();
        volume.clear();
        toewijzing(2, "45A48", JAAR, 10L, Eenheid.UUR, Frequentie.PER_WEEK, Bedrag.euro(500));
        zorg(2, LocalDate.of(2026, 1, 1), null);
        Prestatie p = enige(YearMonth.of(2026, 2));
        assertThat(p.geleverdVolume()).isEqualTo(5);
        assertThat(p.ingediendBedrag()).isEqualTo(Bedrag.euro(420));

        // All of the budget declared: nothing proposed, and the aanbieder reads why.
        bedrag.put(2L, Bedrag.euro(500));
        Conceptopbouw opbouw = opbouw(YearMonth.of(2026, 2));
        opbouw.declareer(toewijzingen.get(2L), CLIENT, Set.of());
        assertThat(opbouw.regels()).isEmpty();
        assertThat(opbouw.opmerkingen()).singleElement().asString().contains("al helemaal gedeclareerd");
    }

    @Test
    void totaalIsSpreadOverTheDaysSoTheMonthsAddUpToTheWhole() {
        // 100 uur in totaal over 1 January to 31 March (90 days), care throughout: floor(100 x 31 / 90) = 34,
        // floor(100 x 59 / 90) - 34 = 65 - 34 = 31, 100 - 65 = 35; together 100.
        toewijzing(
                1,
                "45A48",
                Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                100L,
                Eenheid.UUR,
                Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR,
                null);
        zorg(1, LocalDate.of(2026, 1, 1), null);

        assertThat(enige(YearMonth.of(2026, 1)).geleverdVolume()).isEqualTo(34);
        assertThat(enige(YearMonth.of(2026, 2)).geleverdVolume()).isEqualTo(31);
        assertThat(enige(YearMonth.of(2026, 3)).geleverdVolume()).isEqualTo(35);
    }

    @Test
    void creditsAnApprovedDebetTheToewijzingNoLongerAllows() {
        // Debet of 16 uur on January; the toewijzing (4 uur per week) now ends on 15 January: credit it, and declare
        // again the weeks of 5 and 12 January with care, 8 uur.
        toewijzing(
                1,
                "45A48",
                Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15)),
                4L,
                Eenheid.UUR,
                Frequentie.PER_WEEK,
                null);
        zorg(1, LocalDate.of(2026, 1, 5), null);
        volume.put(1L, Map.of(Eenheid.UUR, 16L));
        bedrag.put(1L, Bedrag.euro(16 * 84));
        Prestatie debet = new Prestatie(
                "OUD1",
                null,
                CLIENT,
                new Toewijzingnummer(1),
                Productcategorie.JEUGDHULP_AMBULANT,
                "45A48",
                Periode.maand(YearMonth.of(2026, 1)),
                16,
                Eenheid.UUR,
                Bedrag.euro(84),
                Bedrag.euro(16 * 84),
                DebetCredit.DEBET);

        Conceptopbouw opbouw = opbouw(YearMonth.of(2026, 2));
        assertThat(opbouw.crediteer(List.of(debet))).isEmpty();

        assertThat(opbouw.regels()).hasSize(2);
        Prestatie credit = opbouw.regels().get(0).prestatie();
        assertThat(credit.isCredit()).isTrue();
        assertThat(credit.vorigReferentienummer()).isEqualTo("OUD1");
        assertThat(opbouw.regels().get(0).toelichting())
                .isEqualTo("creditering van referentie OUD1: toewijzing beëindigd per 15-01-2026");
        Prestatie nieuw = opbouw.regels().get(1).prestatie();
        assertThat(nieuw.geleverdVolume()).isEqualTo(8);
        assertThat(nieuw.productperiode()).isEqualTo(Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 15)));
        assertThat(opbouw.regels().get(1).toelichting()).startsWith("nieuwe declaratie na creditering van OUD1");

        Map<String, EerderePrestatie> eerder = Map.of(
                "OUD1",
                new EerderePrestatie(
                        "OUD1",
                        debet.toewijzingnummer(),
                        debet.productcategorie(),
                        debet.productcode(),
                        debet.productperiode(),
                        16,
                        Eenheid.UUR,
                        DebetCredit.DEBET,
                        true,
                        false));
        assertGoedgekeurd(YearMonth.of(2026, 2), opbouw, eerder, Map.of(1L, List.of(eerder.get("OUD1"))));
    }

    /** The one line of the month, after checking that the gemeente's checks accept it. */
    private Prestatie enige(YearMonth maand) {
        Conceptopbouw opbouw = opbouw(maand);
        toewijzingen.values().forEach(t -> opbouw.declareer(t, CLIENT, Set.of()));
        assertThat(opbouw.regels()).as("%s", opbouw.opmerkingen()).hasSize(1);
        assertGoedgekeurd(maand, opbouw, Map.of(), Map.of());
        return opbouw.regels().get(0).prestatie();
    }

    private void assertGoedgekeurd(
            YearMonth maand,
            Conceptopbouw opbouw,
            Map<String, EerderePrestatie> eerder,
            Map<Long, List<EerderePrestatie>> debets) {
        List<Prestatie> prestaties =
                opbouw.regels().stream().map(Conceptregel::prestatie).toList();
        Bedrag totaal = Bedrag.som(prestaties.stream().map(Prestatie::saldo).toList());
        Declaratie declaratie = new Declaratie(
                ENSCHEDE,
                AANBIEDER,
                null,
                "JR1",
                Periode.maand(maand),
                maand.atEndOfMonth(),
                totaal.absoluut(),
                totaal.isNegatief() ? DebetCredit.CREDIT : DebetCredit.DEBET,
                prestaties);
        Controlegegevens gegevens = new Controlegegevens(
                toewijzingen,
                tarieven,
                eerder,
                debets,
                volume,
                bedrag,
                false,
                Bsn::value,
                maand.atEndOfMonth().plusDays(1));
        assertThat(Declaratiecontroles.prestaties(declaratie, gegevens))
                .allSatisfy(b -> assertThat(b.afkeuringen()).isEmpty());
    }

    private Conceptopbouw opbouw(YearMonth maand) {
        return opbouw(maand, LocalDate.of(2027, 1, 1));
    }

    private Conceptopbouw opbouw(YearMonth maand, LocalDate vandaag) {
        return new Conceptopbouw(
                maand, toewijzingen, zorg, tarieven, volume, bedrag, () -> "JR" + nummers.incrementAndGet(), vandaag);
    }

    private void toewijzing(
            long nummer,
            String code,
            Periode periode,
            Long omvang,
            Eenheid eenheid,
            Frequentie frequentie,
            Bedrag budget) {
        toewijzingen.put(
                nummer,
                new Toewijzingstand(
                        new Toewijzingnummer(nummer),
                        ENSCHEDE,
                        CLIENT.value(),
                        AANBIEDER,
                        Productcategorie.vanCode(code.substring(0, 2)),
                        code,
                        periode,
                        omvang,
                        eenheid,
                        frequentie,
                        budget,
                        false));
    }

    private void zorg(long nummer, LocalDate begin, LocalDate eind) {
        zorg.computeIfAbsent(nummer, n -> new ArrayList<>()).add(new Periode(begin, eind));
    }

    private void tarief(String code, Eenheid eenheid, Bedrag bedrag) {
        tarieven.put(code, List.of(new Contracttarief("C1", code, code.substring(0, 2), eenheid, bedrag, JAAR)));
    }
}
