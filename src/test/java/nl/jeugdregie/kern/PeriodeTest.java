package nl.jeugdregie.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PeriodeTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Periode p(String begin, String eind) {
        return Periode.van(d(begin), d(eind));
    }

    @Nested
    class Validation {

        @Test
        void rejectsPeriodWithoutBegin() {
            assertThatThrownBy(() -> new Periode(null, d("2025-01-01")))
                    .isInstanceOf(OngeldigeWaarde.class)
                    .hasMessageContaining("begindatum");
        }

        @Test
        void rejectsEndBeforeBegin() {
            assertThatThrownBy(() -> p("2025-02-01", "2025-01-31"))
                    .isInstanceOf(OngeldigeWaarde.class)
                    .hasMessage("Einddatum 31-01-2025 ligt voor begindatum 01-02-2025");
        }

        @Test
        void acceptsSingleDayPeriodBecauseEndIsInclusive() {
            Periode dag = p("2025-03-10", "2025-03-10");

            assertThat(dag).isEqualTo(Periode.op(d("2025-03-10")));
            assertThat(dag.dagen()).isEqualTo(1);
        }

        @Test
        void closedFactoryRequiresEnd() {
            assertThatThrownBy(() -> Periode.van(d("2025-01-01"), null)).isInstanceOf(OngeldigeWaarde.class);
        }

        @Test
        void openPeriodHasNoEnd() {
            Periode open = Periode.vanaf(d("2025-01-01"));

            assertThat(open.isOpen()).isTrue();
            assertThat(open.eind()).isNull();
            assertThat(open.einddatum()).isEmpty();
            assertThat(p("2025-01-01", "2025-01-31").einddatum()).contains(d("2025-01-31"));
        }
    }

    @Nested
    class Bevat {

        Periode januari = p("2025-01-01", "2025-01-31");

        @Test
        void containsBothBoundaryDays() {
            assertThat(januari.bevat(d("2025-01-01"))).isTrue();
            assertThat(januari.bevat(d("2025-01-31"))).isTrue();
        }

        @Test
        void doesNotContainDaysOutside() {
            assertThat(januari.bevat(d("2024-12-31"))).isFalse();
            assertThat(januari.bevat(d("2025-02-01"))).isFalse();
        }

        @Test
        void openPeriodContainsEveryLaterDay() {
            assertThat(Periode.vanaf(d("2025-01-01")).bevat(d("2099-12-31"))).isTrue();
            assertThat(Periode.vanaf(d("2025-01-01")).bevat(d("2024-12-31"))).isFalse();
        }
    }

    @Nested
    class Overlap {

        @Test
        void periodsSharingOnlyTheBoundaryDayOverlap() {
            assertThat(p("2025-01-01", "2025-01-31").overlaptMet(p("2025-01-31", "2025-02-28")))
                    .isTrue();
        }

        @Test
        void adjoiningPeriodsDoNotOverlap() {
            Periode januari = p("2025-01-01", "2025-01-31");
            Periode februari = p("2025-02-01", "2025-02-28");

            assertThat(januari.overlaptMet(februari)).isFalse();
            assertThat(februari.overlaptMet(januari)).isFalse();
            assertThat(januari.sluitAanOp(februari)).isTrue();
            assertThat(februari.sluitAanOp(januari)).isFalse();
        }

        @Test
        void periodsWithAGapNeitherOverlapNorAdjoin() {
            Periode januari = p("2025-01-01", "2025-01-30");
            Periode februari = p("2025-02-01", "2025-02-28");

            assertThat(januari.overlaptMet(februari)).isFalse();
            assertThat(januari.sluitAanOp(februari)).isFalse();
        }

        @Test
        void openPeriodsOverlapWhenOneStartsBeforeTheOtherEnds() {
            assertThat(Periode.vanaf(d("2025-06-01")).overlaptMet(Periode.vanaf(d("2020-01-01"))))
                    .isTrue();
            assertThat(Periode.vanaf(d("2025-06-01")).overlaptMet(p("2025-01-01", "2025-06-01")))
                    .isTrue();
            assertThat(Periode.vanaf(d("2025-06-01")).overlaptMet(p("2025-01-01", "2025-05-31")))
                    .isFalse();
            assertThat(Periode.vanaf(d("2025-06-01")).sluitAanOp(Periode.vanaf(d("2030-01-01"))))
                    .isFalse();
        }

        @Test
        void intersectionIsTheSharedDays() {
            assertThat(p("2025-01-01", "2025-03-31").doorsnede(p("2025-03-15", "2025-04-30")))
                    .contains(p("2025-03-15", "2025-03-31"));
            assertThat(p("2025-03-15", "2025-04-30").doorsnede(p("2025-01-01", "2025-03-31")))
                    .contains(p("2025-03-15", "2025-03-31"));
        }

        @Test
        void intersectionWithOpenPeriodKeepsTheClosedEnd() {
            assertThat(Periode.vanaf(d("2025-03-01")).doorsnede(p("2025-01-01", "2025-12-31")))
                    .contains(p("2025-03-01", "2025-12-31"));
            assertThat(Periode.vanaf(d("2025-03-01")).doorsnede(Periode.vanaf(d("2025-05-01"))))
                    .contains(Periode.vanaf(d("2025-05-01")));
        }

        @Test
        void intersectionOfSeparatePeriodsIsEmpty() {
            assertThat(p("2025-01-01", "2025-01-31").doorsnede(p("2025-02-01", "2025-02-28")))
                    .isEmpty();
        }
    }

    @Nested
    class Omvat {

        Periode jaar = p("2025-01-01", "2025-12-31");

        @Test
        void coversItselfAndInnerPeriods() {
            assertThat(jaar.omvat(jaar)).isTrue();
            assertThat(jaar.omvat(p("2025-03-01", "2025-03-31"))).isTrue();
            assertThat(jaar.omvat(Periode.op(d("2025-12-31")))).isTrue();
        }

        @Test
        void doesNotCoverPeriodsReachingOutside() {
            assertThat(jaar.omvat(p("2024-12-31", "2025-01-31"))).isFalse();
            assertThat(jaar.omvat(p("2025-12-01", "2026-01-01"))).isFalse();
        }

        @Test
        void closedPeriodNeverCoversOpenPeriod() {
            assertThat(jaar.omvat(Periode.vanaf(d("2025-06-01")))).isFalse();
        }

        @Test
        void openPeriodCoversEverythingFromItsBegin() {
            Periode open = Periode.vanaf(d("2025-01-01"));

            assertThat(open.omvat(Periode.vanaf(d("2026-01-01")))).isTrue();
            assertThat(open.omvat(p("2030-01-01", "2030-12-31"))).isTrue();
            assertThat(open.omvat(Periode.vanaf(d("2024-12-31")))).isFalse();
        }
    }

    @Nested
    class Dagen {

        @Test
        void countsBothEnds() {
            assertThat(p("2025-01-01", "2025-01-31").dagen()).isEqualTo(31);
            assertThat(p("2024-01-01", "2024-12-31").dagen()).isEqualTo(366);
        }

        @Test
        void openPeriodHasNoNumberOfDays() {
            assertThatThrownBy(() -> Periode.vanaf(d("2025-01-01")).dagen())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("open periode");
        }
    }

    @Nested
    class PerMaand {

        @Test
        void splitsAtMonthBoundariesKeepingPartialMonths() {
            assertThat(p("2025-01-15", "2025-03-10").perMaand())
                    .containsExactly(
                            p("2025-01-15", "2025-01-31"),
                            p("2025-02-01", "2025-02-28"),
                            p("2025-03-01", "2025-03-10"));
        }

        @Test
        void periodWithinOneMonthStaysWhole() {
            assertThat(p("2024-02-03", "2024-02-29").perMaand()).containsExactly(p("2024-02-03", "2024-02-29"));
        }

        @Test
        void wholeMonthFactoryCoversTheCalendarMonth() {
            assertThat(Periode.maand(YearMonth.of(2024, 2))).isEqualTo(p("2024-02-01", "2024-02-29"));
        }

        @Test
        void openPeriodCannotBeSplit() {
            assertThatThrownBy(() -> Periode.vanaf(d("2025-01-01")).perMaand())
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void changingTheEndKeepsTheBegin() {
        Periode open = Periode.vanaf(d("2025-01-01"));

        assertThat(open.withEind(d("2025-06-30"))).isEqualTo(p("2025-01-01", "2025-06-30"));
        assertThat(open.withEind(d("2025-06-30")).withEind(null)).isEqualTo(open);
        assertThatThrownBy(() -> open.withEind(d("2024-12-31"))).isInstanceOf(OngeldigeWaarde.class);
    }

    @Test
    void isOverOnlyAfterItsLastDay() {
        Periode januari = p("2025-01-01", "2025-01-31");

        assertThat(januari.isVoorbijOp(d("2025-01-31"))).isFalse();
        assertThat(januari.isVoorbijOp(d("2025-02-01"))).isTrue();
        assertThat(Periode.vanaf(d("2025-01-01")).isVoorbijOp(d("2099-01-01"))).isFalse();
    }

    @Test
    void sortsByBeginThenEndWithOpenPeriodsLast() {
        Periode open = Periode.vanaf(d("2025-01-01"));
        Periode kort = p("2025-01-01", "2025-01-31");
        Periode lang = p("2025-01-01", "2025-12-31");
        Periode later = p("2025-02-01", "2025-02-28");
        List<Periode> perioden = new ArrayList<>(List.of(later, open, lang, kort));

        Collections.sort(perioden);

        assertThat(perioden).containsExactly(kort, lang, open, later);
    }

    @Test
    void describesItselfInDutch() {
        assertThat(p("2025-01-01", "2025-01-31")).hasToString("01-01-2025 t/m 31-01-2025");
        assertThat(Periode.vanaf(d("2025-01-01"))).hasToString("vanaf 01-01-2025");
    }
}
