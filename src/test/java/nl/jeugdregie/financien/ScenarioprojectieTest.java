package nl.jeugdregie.financien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import org.junit.jupiter.api.Test;

/**
 * The projection of a scenario on a hand-made grondslag: ambulant € 10.000 (a year's care), overig residentieel
 * verblijf € 20.000 (half a year's care, so every measure reaches all of it from the first year) and pleegzorg
 * without cost yet, with a jeugdige in verblijf costing four times one in pleegzorg. Every amount below is worked out
 * by hand.
 */
class ScenarioprojectieTest {

    private static final String AMBULANT = Jeugdzorgvorm.AMBULANT.code();
    private static final String VERBLIJF = Jeugdzorgvorm.OVERIG_VERBLIJF.code();
    private static final String PLEEGZORG = Jeugdzorgvorm.PLEEGZORG.code();
    private static final List<Bedrag> GEEN_OPGAVE = Collections.nCopies(5, Bedrag.NUL);

    private static final Grondslag GRONDSLAG = new Grondslag(
            2026,
            LocalDate.of(2026, 3, 2),
            List.of(
                    vorm(AMBULANT, 1_000_000, "12", null, geenBesparing()),
                    vorm(VERBLIJF, 2_000_000, "6", 10_000_000L, geenBesparing()),
                    vorm(PLEEGZORG, 0, "24", 2_500_000L, geenBesparing())));

    @Test
    void withoutLeversTheScenarioIsTheBaselineEveryYear() {
        Projectie p = Scenarioprojectie.bereken(GRONDSLAG, Hefbomen.GEEN, GEEN_OPGAVE);

        assertThat(p.jaren()).extracting(Projectie.Jaar::jaar).containsExactly(2027, 2028, 2029, 2030, 2031);
        for (Projectie.Jaar j : p.jaren()) {
            assertThat(j.basis()).isEqualTo(new Bedrag(3_000_000));
            assertThat(j.scenario()).isEqualTo(new Bedrag(3_000_000));
            assertThat(j.besparing()).isEqualTo(Bedrag.NUL);
            assertThat(j.gehaald()).isTrue();
        }
    }

    @Test
    void lessInflowReachesNewTrajectenOnlyAsTheRunningOnesEnd() {
        Projectie p = Scenarioprojectie.bereken(GRONDSLAG, met(Hefboom.MINDER_INSTROOM, 1000), GEEN_OPGAVE);

        // 2027: ambulant phase-in 6/12 = 0,5 -> 1.000.000 x (1 - 0,05) = 950.000; verblijf 6/6 = 1 -> 1.800.000.
        assertThat(p.jaren().get(0).scenario()).isEqualTo(new Bedrag(2_750_000));
        assertThat(p.jaren().get(0).bijdrage(Projectie.Bijdrage.MINDER_INSTROOM))
                .isEqualTo(new Bedrag(250_000));
        // 2028: ambulant 18/12, capped at 1 -> 900.000.
        assertThat(p.jaren().get(1).scenario()).isEqualTo(new Bedrag(2_700_000));
        assertThat(p.jaren().get(1).besparing()).isEqualTo(new Bedrag(300_000));
    }

    @Test
    void verblijfMovedToPleegzorgCostsWhatAJeugdigeCostsThere() {
        Projectie p = Scenarioprojectie.bereken(GRONDSLAG, met(Hefboom.NAAR_PLEEGZORG, 2000), GEEN_OPGAVE);

        Projectie.Jaar j = p.jaren().get(0);
        // 20 % of 2.000.000 leaves verblijf; in pleegzorg it costs 2.500.000 / 10.000.000 of that: 100.000.
        assertThat(vorm(j, VERBLIJF).scenario()).isEqualTo(new Bedrag(1_600_000));
        assertThat(vorm(j, PLEEGZORG).scenario()).isEqualTo(new Bedrag(100_000));
        assertThat(vorm(j, PLEEGZORG).basis()).isEqualTo(Bedrag.NUL);
        assertThat(j.bijdrage(Projectie.Bijdrage.VERSCHUIVING)).isEqualTo(new Bedrag(300_000));
        assertThat(j.scenario()).isEqualTo(new Bedrag(2_700_000));
    }

    @Test
    void indexationBelowTheExpectedOneSavesTheDifferenceCompounded() {
        Hefbomen h = met(Hefboom.VERWACHTE_INDEXATIE, 300).met(Hefboom.INDEXATIE, 100);

        Projectie.Jaar tweede =
                Scenarioprojectie.bereken(GRONDSLAG, h, GEEN_OPGAVE).jaren().get(1);

        // 3.000.000 x 1,03^2 = 3.182.700 against 3.000.000 x 1,01^2 = 3.060.300.
        assertThat(tweede.basis()).isEqualTo(new Bedrag(3_182_700));
        assertThat(tweede.scenario()).isEqualTo(new Bedrag(3_060_300));
        assertThat(tweede.bijdrage(Projectie.Bijdrage.INDEXATIE)).isEqualTo(new Bedrag(122_400));
    }

    @Test
    void autonomousGrowthRaisesBaselineAndScenarioAlike() {
        Projectie.Jaar derde = Scenarioprojectie.bereken(GRONDSLAG, met(Hefboom.AUTONOME_GROEI, 500), GEEN_OPGAVE)
                .jaren()
                .get(2);

        // 1.000.000 x 1,05^3 = 1.157.625 and 2.000.000 x 1,05^3 = 2.315.250.
        assertThat(derde.basis()).isEqualTo(new Bedrag(3_472_875));
        assertThat(derde.scenario()).isEqualTo(new Bedrag(3_472_875));
    }

    @Test
    void fewerAanbiedersSaveTheFormsShareAsItPhasesIn() {
        List<BigDecimal> besparing = new ArrayList<>(geenBesparing());
        besparing.set(1, new BigDecimal("0.10000000"));
        Grondslag g = new Grondslag(
                2026, LocalDate.of(2026, 3, 2), List.of(vorm(AMBULANT, 1_000_000, "24", null, besparing)));

        Projectie p = Scenarioprojectie.bereken(g, met(Hefboom.MAX_AANBIEDERS, 2), GEEN_OPGAVE);

        // Phase-in 6/24 = 0,25 in 2027, 18/24 = 0,75 in 2028, then 1.
        assertThat(p.jaren().get(0).bijdrage(Projectie.Bijdrage.AANBIEDERS)).isEqualTo(new Bedrag(25_000));
        assertThat(p.jaren().get(1).bijdrage(Projectie.Bijdrage.AANBIEDERS)).isEqualTo(new Bedrag(75_000));
        assertThat(p.jaren().get(2).bijdrage(Projectie.Bijdrage.AANBIEDERS)).isEqualTo(new Bedrag(100_000));
        assertThat(Scenarioprojectie.bereken(g, met(Hefboom.MAX_AANBIEDERS, 3), GEEN_OPGAVE)
                        .laatste()
                        .besparing())
                .isEqualTo(Bedrag.NUL);
    }

    @Test
    void theLokaalTeamCostsItsInvestmentEveryYear() {
        Hefbomen h = new Hefbomen(Map.of(Hefboom.MINDER_INSTROOM, 1000), new Bedrag(50_000));

        Projectie.Jaar j =
                Scenarioprojectie.bereken(GRONDSLAG, h, GEEN_OPGAVE).jaren().get(0);

        assertThat(j.bijdrage(Projectie.Bijdrage.INVESTERING)).isEqualTo(new Bedrag(-50_000));
        assertThat(j.scenario()).isEqualTo(new Bedrag(2_800_000));
        assertThat(j.besparing()).isEqualTo(new Bedrag(200_000));
    }

    @Test
    void theTaskIsReachedWhenTheSavingIsAtLeastAsLarge() {
        Hefbomen h = met(Hefboom.MINDER_INSTROOM, 1000);

        Projectie precies = Scenarioprojectie.bereken(GRONDSLAG, h, Collections.nCopies(5, new Bedrag(250_000)));
        Projectie teVeel = Scenarioprojectie.bereken(GRONDSLAG, h, Collections.nCopies(5, new Bedrag(260_000)));

        assertThat(precies.gehaald()).isTrue();
        assertThat(precies.gehaaldVanaf()).contains(2027);
        assertThat(teVeel.gehaald()).isFalse();
        assertThat(teVeel.jaren().get(0).tekort()).isEqualTo(new Bedrag(10_000));
        assertThat(teVeel.gehaaldVanaf()).contains(2028);
        assertThat(Scenarioprojectie.bereken(GRONDSLAG, h, Collections.nCopies(5, new Bedrag(400_000)))
                        .gehaaldVanaf())
                .isEmpty();
    }

    @Test
    void aShiftWithoutTheCostPerJeugdigeOfTheTargetCannotBeComputed() {
        Grondslag zonder = new Grondslag(
                2026, LocalDate.of(2026, 3, 2), List.of(vorm(VERBLIJF, 2_000_000, "6", 10_000_000L, geenBesparing())));

        assertThat(Scenarioprojectie.ontbrekendeKosten(zonder, met(Hefboom.NAAR_GEZINSHUIS, 1000)))
                .containsExactly(FinancienService.naam(Jeugdzorgvorm.GEZINSGERICHT.code()));
        assertThat(Scenarioprojectie.ontbrekendeKosten(zonder, Hefbomen.GEEN)).isEmpty();
        assertThatThrownBy(() -> Scenarioprojectie.bereken(zonder, met(Hefboom.NAAR_GEZINSHUIS, 1000), GEEN_OPGAVE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contributionsAlwaysAddUpToTheSavingAndFormsToTheirTotals() {
        Random random = new Random(20261206);
        for (int ronde = 0; ronde < 500; ronde++) {
            List<Grondslag.Vorm> vormen = new ArrayList<>();
            for (Jeugdzorgvorm v : Jeugdzorgvorm.values()) {
                List<BigDecimal> besparing = new ArrayList<>();
                for (int n = 0; n < Grondslag.AANBIEDERGRENZEN; n++) {
                    besparing.add(BigDecimal.valueOf(random.nextInt(100_000_000), 8));
                }
                vormen.add(new Grondslag.Vorm(
                        v.code(),
                        new Bedrag(random.nextInt(1_000_000_000)),
                        BigDecimal.valueOf(1 + random.nextInt(6000), 2),
                        Grondslag.Duurbron.GEMEENTE,
                        Optional.of(new Bedrag(1 + random.nextInt(20_000_000))),
                        besparing));
            }
            Grondslag g = new Grondslag(2026, LocalDate.of(2026, 3, 2), vormen);
            EnumMap<Hefboom, Integer> waarden = new EnumMap<>(Hefboom.class);
            for (Hefboom h : Hefboom.values()) {
                waarden.put(h, h.minimum() + random.nextInt(h.maximum() - h.minimum() + 1));
            }
            Hefbomen hefbomen = new Hefbomen(waarden, new Bedrag(random.nextInt(10_000_000)));

            for (Projectie.Jaar j :
                    Scenarioprojectie.bereken(g, hefbomen, GEEN_OPGAVE).jaren()) {
                Bedrag bijdragen = Bedrag.som(j.bijdragen().values());
                assertThat(bijdragen).isEqualTo(j.besparing());
                assertThat(Bedrag.som(j.vormen().stream()
                                .map(Projectie.Vormjaar::basis)
                                .toList()))
                        .isEqualTo(j.basis());
                assertThat(Bedrag.som(j.vormen().stream()
                                        .map(Projectie.Vormjaar::scenario)
                                        .toList())
                                .plus(hefbomen.investering()))
                        .isEqualTo(j.scenario());
            }
        }
    }

    private static Projectie.Vormjaar vorm(Projectie.Jaar jaar, String vorm) {
        return jaar.vormen().stream()
                .filter(v -> v.jeugdzorgvorm().equals(vorm))
                .findFirst()
                .orElseThrow();
    }

    private static Hefbomen met(Hefboom hefboom, int waarde) {
        return Hefbomen.GEEN.met(hefboom, waarde);
    }

    private static Grondslag.Vorm vorm(
            String vorm, long basis, String duur, Long perJeugdige, List<BigDecimal> aanbiedersbesparing) {
        return new Grondslag.Vorm(
                vorm,
                new Bedrag(basis),
                new BigDecimal(duur),
                Grondslag.Duurbron.GEMEENTE,
                Optional.ofNullable(perJeugdige).map(Bedrag::new),
                aanbiedersbesparing);
    }

    private static List<BigDecimal> geenBesparing() {
        return Collections.nCopies(Grondslag.AANBIEDERGRENZEN, BigDecimal.ZERO);
    }
}
