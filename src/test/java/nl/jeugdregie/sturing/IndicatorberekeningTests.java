package nl.jeugdregie.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.GemeenteCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every traject indicator on a small hand-made set of leveringen with the edge cases: leveringen that adjoin or overlap
 * and merge into one traject, a traject across the border of the period, a move to another gemeente, herhaald beroep,
 * jeugdbescherming kept out of jeugdhulp. The numbers in the comments are worked out by hand.
 */
@JeugdregieTest
class IndicatorberekeningTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SturingRepository opslag;

    @Autowired
    Indicatoren indicatoren;

    private String g1;
    private String g2;
    private String aanbieder;
    private String run;

    @BeforeEach
    void leveringen() {
        int r = ThreadLocalRandom.current().nextInt(1_000, 9_000);
        g1 = String.valueOf(r);
        g2 = String.valueOf(r + 1);
        aanbieder = "97" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        run = "T" + System.nanoTime() + "-";
        // J1: ambulant (45) in two adjoining leveringen, one traject 10-01..30-06 (172 days), waited 14 days; and
        // pleegzorg (35) from 01-05, open.
        levering(g1, 1, "J1", "45", "2025-01-10", "2025-03-31", "34", "02", "2024-12-27");
        levering(g1, 2, "J1", "45", "2025-04-01", "2025-06-30", "31", "02", "2025-03-20");
        levering(g1, 3, "J1", "35", "2025-05-01", null, null, "01", "2025-04-01");
        // J2: across the border of the period, ended early by the client (uitval), 01-11-2024..15-02-2025 (107 days).
        levering(g1, 4, "J2", "45", "2024-11-01", "2025-02-15", "32", "01", "2024-10-01");
        // J3: jeugdhulp in 2021 and again from 01-03-2025: herhaald beroep.
        levering(g1, 5, "J3", "45", "2021-01-01", "2021-12-31", "31", "01", "2020-12-01");
        levering(g1, 6, "J3", "45", "2025-03-01", null, null, "05", "2025-02-01");
        // J4: moves from g1 (until 30-04, 120 days) to g2 (from 01-05) with the same aanbieder and hulpvorm.
        levering(g1, 7, "J4", "45", "2025-01-01", "2025-04-30", "38", "02", "2024-12-01");
        levering(g2, 8, "J4", "45", "2025-05-01", null, null, "01", "2025-04-20");
        // J5: jeugdbescherming only (48): a traject, but no jeugdhulp.
        levering(g1, 9, "J5", "48", "2025-02-01", null, null, "04", "2025-01-20");
        // J6: two overlapping leveringen, one traject 01-01..31-08 (243 days).
        levering(g1, 10, "J6", "45", "2025-01-01", "2025-05-31", "31", "01", "2024-12-15");
        levering(g1, 11, "J6", "45", "2025-03-01", "2025-08-31", "31", "01", "2025-02-15");
        opslag.voegSamen(new String[] {run + "J1", run + "J2", run + "J3", run + "J4", run + "J5", run + "J6"});
    }

    private void levering(
            String gemeente,
            long nummer,
            String jeugdige,
            String categorie,
            String begin,
            String eind,
            String reden,
            String verwijzer,
            String toegewezen) {
        SturingFixtures.levering(
                jdbc,
                gemeente,
                nummer,
                run + jeugdige,
                aanbieder,
                categorie,
                begin,
                eind,
                reden,
                verwijzer,
                toegewezen);
    }

    private Map<String, BigDecimal> waarden(String indicator, List<String> gemeenten, Uitsplitsing uitsplitsing) {
        Selectie selectie =
                new Selectie(new GemeenteCode(g1), Rapportageperiode.van("2025"), null, null, null, null, uitsplitsing);
        return opslag.cijfers(indicatoren.indicator(indicator).orElseThrow(), gemeenten, selectie).stream()
                .collect(Collectors.toMap(Cel::groep, Cel::waarde));
    }

    private BigDecimal totaal(String indicator, String... gemeenten) {
        return waarden(indicator, List.of(gemeenten), Uitsplitsing.TOTAAL).get("totaal");
    }

    @Test
    void mergesAdjoiningAndOverlappingLeveringenIntoOneTraject() {
        assertThat(jdbc.sql("select count(*) from sturing.traject where jeugdige like :run")
                        .param("run", run + "%")
                        .query(Long.class)
                        .single())
                // J1 2, J2 1, J3 2, J4 2 (one per gemeente), J5 1, J6 1
                .isEqualTo(9L);
    }

    @Test
    void countsJongerenWithJeugdhulpOncePerGemeenteAndOnceInTheRegion() {
        assertThat(totaal("jongeren-met-jeugdhulp", g1)).isEqualByComparingTo("5");
        assertThat(totaal("jongeren-met-jeugdhulp", g2)).isEqualByComparingTo("1");
        assertThat(totaal("jongeren-met-jeugdhulp", g1, g2)).isEqualByComparingTo("5");
        assertThat(waarden("jongeren-met-jeugdhulp", List.of(g1), Uitsplitsing.HULPVORM))
                .containsEntry("02", new BigDecimal("5"))
                .containsEntry("11", new BigDecimal("1"))
                .doesNotContainKey("JB");
    }

    @Test
    void countsTrajectenBegunEndedAndRunning() {
        assertThat(totaal("trajecten-begonnen", g1)).isEqualByComparingTo("6");
        assertThat(totaal("trajecten-beeindigd", g1)).isEqualByComparingTo("4");
        assertThat(totaal("trajecten-lopend", g1)).isEqualByComparingTo("3");
        assertThat(waarden("trajecten-begonnen", List.of(g1), Uitsplitsing.BEROEP))
                // herhaald: J1's pleegzorg and J3; nieuw: J1's ambulant traject, J4, J5 and J6
                .containsEntry("herhaald", new BigDecimal("2"))
                .containsEntry("nieuw", new BigDecimal("4"));
    }

    @Test
    void computesSharesDurationUitvalAndWaitingTime() {
        // J3 (2021) and J1's pleegzorg (ambulant already running) of 5 begun jeugdhulp trajecten
        assertThat(totaal("aandeel-herhaald-beroep", g1)).isEqualByComparingTo("40.0");
        assertThat(totaal("aandeel-jeugdhulp-met-verblijf", g1)).isEqualByComparingTo("20.0");
        assertThat(totaal("gemiddelde-duur", g1)).isEqualByComparingTo("161"); // (172 + 107 + 120 + 243) / 4
        assertThat(totaal("uitval", g1)).isEqualByComparingTo("25.0");
        assertThat(waarden("reden-beeindiging", List.of(g1), Uitsplitsing.REDEN))
                .containsEntry("32", new BigDecimal("25.0"))
                .containsEntry("31", new BigDecimal("50.0"))
                .containsEntry("38", new BigDecimal("25.0"));
        // begun in 2025: J1 14, J1 pleegzorg 30, J3 28, J4 31, J5 12, J6 17 days
        assertThat(totaal("wachttijd", g1)).isEqualByComparingTo("22");
        assertThat(waarden("gemiddelde-duur", List.of(g1), Uitsplitsing.DUURKLASSE))
                .containsEntry("3-6m", new BigDecimal("133")) // (172 + 107 + 120) / 3
                .containsEntry("6-12m", new BigDecimal("243"));
    }

    @Test
    void aMonthSeesOnlyTheTrajectenOfThatMonth() {
        Selectie december2024 = new Selectie(
                new GemeenteCode(g1), Rapportageperiode.van("2024-12"), null, null, null, null, Uitsplitsing.TOTAAL);
        List<Cel> cellen = opslag.cijfers(
                indicatoren.indicator("jongeren-met-jeugdhulp").orElseThrow(), List.of(g1), december2024);
        assertThat(cellen).singleElement().satisfies(c -> assertThat(c.waarde()).isEqualByComparingTo("1")); // J2
    }

    @Test
    void sharedReadingsAnswerExactlyWhatEachQuestionAnswersAlone() {
        List<Indicator> samen = indicatoren.alle().stream()
                .filter(SturingRepository::leestTrajecten)
                .toList();
        assertThat(samen).hasSizeGreaterThanOrEqualTo(12);
        List<String> beide = List.of(g1, g2);
        for (Uitsplitsing uitsplitsing : List.of(Uitsplitsing.TOTAAL, Uitsplitsing.HULPVORM)) {
            for (String hulpvorm : java.util.Arrays.asList(null, "02")) {
                Selectie selectie = new Selectie(
                        new GemeenteCode(g1), Rapportageperiode.van("2025"), null, hulpvorm, null, null, uitsplitsing);
                List<Indicator> deze = samen.stream()
                        .filter(i -> i.kanUitsplitsen(uitsplitsing))
                        .toList();
                List<List<Cel>> gedeeld = opslag.cijfers(deze, beide, selectie);
                for (int i = 0; i < deze.size(); i++) {
                    assertThat(gedeeld.get(i))
                            .as(deze.get(i).code() + " " + uitsplitsing + " " + hulpvorm)
                            .containsExactlyInAnyOrderElementsOf(opslag.cijfers(deze.get(i), beide, selectie));
                }
            }
        }
        List<Rapportageperiode> perioden =
                new java.util.ArrayList<>(Rapportageperiode.van("2025").maanden());
        perioden.addAll(List.of(
                Rapportageperiode.van("2021-H1"), Rapportageperiode.van("2024-H2"), Rapportageperiode.van("2025-H1")));
        Selectie totaal = new Selectie(
                new GemeenteCode(g1), Rapportageperiode.van("2025"), null, null, null, null, Uitsplitsing.TOTAAL);
        for (Indicator indicator : samen) {
            List<List<Cel>> trend = opslag.trend(indicator, beide, totaal, perioden);
            for (int p = 0; p < perioden.size(); p++) {
                assertThat(trend.get(p))
                        .as(indicator.code() + " " + perioden.get(p).code())
                        .containsExactlyInAnyOrderElementsOf(
                                opslag.cijfers(indicator, beide, totaal.metPeriode(perioden.get(p))));
            }
        }
    }
}
