package nl.jeugdregie.financien;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import nl.jeugdregie.kern.Bedrag;
import org.junit.jupiter.api.Test;

class InstroomprognoseTest {

    private static final List<YearMonth> APRIL_TOT_DECEMBER =
            FinancienService.toekomst(2026, java.time.LocalDate.of(2026, 3, 2));

    /** Twelve months from March 2025, each with 10 toewijzingen running and € 1.000,00 realised. */
    private static List<Instroommaand> historie(IntUnaryOperator nieuw) {
        List<Instroommaand> maanden = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            maanden.add(
                    new Instroommaand(YearMonth.of(2025, 3).plusMonths(i), nieuw.applyAsInt(i), 10, Bedrag.euro(1000)));
        }
        return maanden;
    }

    @Test
    void projectsAStraightLineOfNewToewijzingenAtTheCostPerToewijzingMonth() {
        // 1, 2, ..., 12 new toewijzingen: April 2026 is month 14 of the line, December month 22.
        Instroomprognose.Uitkomst uitkomst = Instroomprognose.bereken(historie(i -> i + 1), APRIL_TOT_DECEMBER);

        assertThat(APRIL_TOT_DECEMBER).hasSize(9).startsWith(YearMonth.of(2026, 4));
        assertThat(uitkomst.kostenPerMaand()).isEqualTo(Bedrag.euro(100));
        assertThat(uitkomst.toewijzingen()).isEqualByComparingTo(new BigDecimal("162"));
        // Sum over April..December of (line x months left from the middle of the start month): 669 toewijzing-months.
        assertThat(uitkomst.verwacht()).isEqualTo(Bedrag.euro(66_900));
        assertThat(uitkomst.laag()).isEqualTo(uitkomst.verwacht());
        assertThat(uitkomst.hoog()).isEqualTo(uitkomst.verwacht());
    }

    @Test
    void givesABandAroundAnUnevenHistory() {
        Instroomprognose.Uitkomst uitkomst =
                Instroomprognose.bereken(historie(i -> i % 2 == 0 ? 3 : 7), APRIL_TOT_DECEMBER);

        assertThat(uitkomst.laag()).isLessThan(uitkomst.verwacht());
        assertThat(uitkomst.hoog()).isGreaterThan(uitkomst.verwacht());
        assertThat(uitkomst.laag().isNegatief()).isFalse();
    }

    @Test
    void neverExpectsFewerThanNoNewToewijzingen() {
        Instroomprognose.Uitkomst uitkomst = Instroomprognose.bereken(historie(i -> 12 - i), APRIL_TOT_DECEMBER);

        assertThat(uitkomst.toewijzingen().signum()).isGreaterThanOrEqualTo(0);
        assertThat(uitkomst.verwacht()).isEqualTo(Bedrag.NUL);
    }

    @Test
    void expectsNothingWithoutMonthsLeftOrHistory() {
        assertThat(Instroomprognose.bereken(historie(i -> 5), List.of())).isEqualTo(Instroomprognose.Uitkomst.GEEN);
        assertThat(Instroomprognose.bereken(List.of(), APRIL_TOT_DECEMBER)).isEqualTo(Instroomprognose.Uitkomst.GEEN);
    }
}
