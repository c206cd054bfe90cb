package nl.jeugdregie.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WerkdagenTest {

    final Werkdagen werkdagen = Werkdagen.volgensTermijnenwet();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Easter {

        @ParameterizedTest
        @CsvSource({
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2016, 2016-03-27",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2038, 2038-04-25",
            "2285, 2285-03-22"
        })
        void computesEasterSunday(int jaar, LocalDate pasen) {
            assertThat(Werkdagen.pasen(jaar)).isEqualTo(pasen);
        }
    }

    @Nested
    class Feestdagen {

        @Test
        void listsAllHolidaysOf2025WithDutchNames() {
            assertThat(werkdagen.feestdagen(2025))
                    .containsExactly(
                            new Feestdag(d("2025-01-01"), "Nieuwjaarsdag"),
                            new Feestdag(d("2025-04-18"), "Goede Vrijdag"),
                            new Feestdag(d("2025-04-20"), "Eerste Paasdag"),
                            new Feestdag(d("2025-04-21"), "Tweede Paasdag"),
                            new Feestdag(d("2025-04-26"), "Koningsdag"),
                            new Feestdag(d("2025-05-05"), "Bevrijdingsdag"),
                            new Feestdag(d("2025-05-29"), "Hemelvaartsdag"),
                            new Feestdag(d("2025-06-08"), "Eerste Pinksterdag"),
                            new Feestdag(d("2025-06-09"), "Tweede Pinksterdag"),
                            new Feestdag(d("2025-12-25"), "Eerste Kerstdag"),
                            new Feestdag(d("2025-12-26"), "Tweede Kerstdag"));
        }

        @Test
        void movesKoningsdagToSaturdayWhenTwentySeventhIsSunday() {
            assertThat(werkdagen.feestdagen(2025)).contains(new Feestdag(d("2025-04-26"), "Koningsdag"));
            assertThat(werkdagen.feestdagen(2031)).contains(new Feestdag(d("2031-04-26"), "Koningsdag"));
            assertThat(werkdagen.feestdagen(2026)).contains(new Feestdag(d("2026-04-27"), "Koningsdag"));
        }

        @Test
        void usesKoninginnedagBefore2014() {
            assertThat(werkdagen.feestdagen(2013)).contains(new Feestdag(d("2013-04-30"), "Koninginnedag"));
            assertThat(werkdagen.feestdagen(2006)).contains(new Feestdag(d("2006-04-29"), "Koninginnedag"));
        }

        @Test
        void derivesMovableHolidaysFromEaster2024And2026() {
            assertThat(werkdagen.feestdagen(2024))
                    .contains(
                            new Feestdag(d("2024-03-29"), "Goede Vrijdag"),
                            new Feestdag(d("2024-04-01"), "Tweede Paasdag"),
                            new Feestdag(d("2024-05-09"), "Hemelvaartsdag"),
                            new Feestdag(d("2024-05-20"), "Tweede Pinksterdag"));
            assertThat(werkdagen.feestdagen(2026))
                    .contains(
                            new Feestdag(d("2026-04-03"), "Goede Vrijdag"),
                            new Feestdag(d("2026-04-06"), "Tweede Paasdag"),
                            new Feestdag(d("2026-05-14"), "Hemelvaartsdag"),
                            new Feestdag(d("2026-05-25"), "Tweede Pinksterdag"));
        }

        @Test
        void keepsBothHolidaysThatShareADate() {
            assertThat(werkdagen.feestdagen(2016))
                    .containsSubsequence(
                            new Feestdag(d("2016-05-05"), "Bevrijdingsdag"),
                            new Feestdag(d("2016-05-05"), "Hemelvaartsdag"))
                    .hasSize(11);
        }

        @Test
        void bevrijdingsdagIsAHolidayEveryYear() {
            assertThat(werkdagen.isWerkdag(d("2026-05-05"))).isFalse();
            assertThat(werkdagen.isWerkdag(d("2027-05-05"))).isFalse();
        }
    }

    @Nested
    class IsWerkdag {

        @ParameterizedTest
        @CsvSource({
            "2025-04-17, true", // Thursday before Goede Vrijdag
            "2025-04-18, false", // Goede Vrijdag
            "2025-04-21, false", // Tweede Paasdag
            "2025-04-22, true",
            "2025-04-26, false", // Koningsdag on a Saturday
            "2025-04-28, true", // the Monday after is not a holiday
            "2025-05-05, false", // Bevrijdingsdag
            "2025-05-29, false", // Hemelvaartsdag
            "2025-05-30, true", // Friday after Hemelvaartsdag, unless a decree says otherwise
            "2025-06-09, false", // Tweede Pinksterdag
            "2025-12-24, true",
            "2025-12-25, false",
            "2025-12-26, false",
            "2026-01-01, false",
            "2026-01-02, true",
            "2025-03-15, false", // Saturday
            "2025-03-16, false", // Sunday
            "2025-03-17, true" // Monday
        })
        void knowsWorkingDays(LocalDate dag, boolean werkdag) {
            assertThat(werkdagen.isWerkdag(dag)).isEqualTo(werkdag);
        }

        @Test
        void weekendIsNoHolidayButNoWorkingDayEither() {
            assertThat(werkdagen.isFeestdag(d("2025-03-15"))).isFalse();
            assertThat(werkdagen.isWerkdag(d("2025-03-15"))).isFalse();
        }
    }

    @Nested
    class Plus {

        @Test
        void countsWorkingDaysAfterStartNotTheStartItself() {
            // a message received on Monday 3 March 2025 is answered within three working days
            assertThat(werkdagen.plus(d("2025-03-03"), 3)).isEqualTo(d("2025-03-06"));
        }

        @Test
        void skipsWeekends() {
            assertThat(werkdagen.plus(d("2025-03-06"), 3)).isEqualTo(d("2025-03-11"));
            assertThat(werkdagen.plus(d("2025-03-08"), 1)).isEqualTo(d("2025-03-10"));
        }

        @Test
        void skipsBevrijdingsdagOnMonday() {
            assertThat(werkdagen.plus(d("2025-05-02"), 3)).isEqualTo(d("2025-05-08"));
        }

        @Test
        void skipsTheEasterWeekend() {
            // five working days after Thursday 17 April 2025: Goede Vrijdag, Tweede Paasdag and the weekends do not
            // count
            assertThat(werkdagen.plus(d("2025-04-17"), 5)).isEqualTo(d("2025-04-28"));
        }

        @Test
        void skipsChristmasAndNewYear() {
            // ten working days to answer a declaratie received on Monday 22 December 2025
            assertThat(werkdagen.plus(d("2025-12-22"), 10)).isEqualTo(d("2026-01-08"));
        }

        @Test
        void zeroWorkingDaysIsTheStartDay() {
            assertThat(werkdagen.plus(d("2025-03-08"), 0)).isEqualTo(d("2025-03-08"));
        }

        @Test
        void rejectsNegativeNumberOfWorkingDays() {
            assertThatThrownBy(() -> werkdagen.plus(d("2025-03-03"), -1)).isInstanceOf(OngeldigeWaarde.class);
        }
    }

    @Nested
    class Tussen {

        @Test
        void countsWorkingDaysAfterFirstUpToAndIncludingSecond() {
            assertThat(werkdagen.tussen(d("2025-03-03"), d("2025-03-06"))).isEqualTo(3);
            assertThat(werkdagen.tussen(d("2025-03-03"), d("2025-03-03"))).isZero();
            assertThat(werkdagen.tussen(d("2025-03-07"), d("2025-03-10"))).isEqualTo(1);
        }

        @Test
        void excludesHolidays() {
            assertThat(werkdagen.tussen(d("2025-12-19"), d("2026-01-02"))).isEqualTo(7);
        }

        @Test
        void isNegativeWhenSecondLiesBeforeFirst() {
            assertThat(werkdagen.tussen(d("2025-03-06"), d("2025-03-03"))).isEqualTo(-3);
        }

        @Test
        void invertsPlus() {
            LocalDate start = d("2025-04-10");
            for (int n = 0; n <= 30; n++) {
                assertThat(werkdagen.tussen(start, werkdagen.plus(start, n))).isEqualTo(n);
            }
        }

        @Test
        void countsWorkingDaysInAWholeYear() {
            // 261 weekdays in 2025, minus 8 holidays on a weekday (Koningsdag falls on a Saturday)
            assertThat(werkdagen.tussen(d("2024-12-31"), d("2025-12-31"))).isEqualTo(253);
        }
    }

    @Test
    void movesToNextWorkingDayAsTheTermijnenwetExtendsDeadlines() {
        assertThat(werkdagen.eersteWerkdagVanaf(d("2025-04-18"))).isEqualTo(d("2025-04-22"));
        assertThat(werkdagen.eersteWerkdagVanaf(d("2025-04-22"))).isEqualTo(d("2025-04-22"));
    }

    @Nested
    class GelijkgesteldeDagen {

        final Werkdagen metBrugdag = werkdagen.metGelijkgesteldeDagen(List.of(d("2025-05-30"), d("2025-12-25")));

        @Test
        void dayMadeEqualByDecreeIsNoWorkingDay() {
            assertThat(metBrugdag.isWerkdag(d("2025-05-30"))).isFalse();
            assertThat(metBrugdag.plus(d("2025-05-28"), 1)).isEqualTo(d("2025-06-02"));
        }

        @Test
        void listsTheDayOnceAmongTheHolidays() {
            assertThat(metBrugdag.feestdagen(2025))
                    .hasSize(12)
                    .contains(new Feestdag(d("2025-05-30"), "Bij Koninklijk Besluit gelijkgestelde dag"))
                    .contains(new Feestdag(d("2025-12-25"), "Eerste Kerstdag"));
        }

        @Test
        void leavesTheStandardCalendarUnchanged() {
            assertThat(werkdagen.isWerkdag(d("2025-05-30"))).isTrue();
            assertThat(metBrugdag
                            .metGelijkgesteldeDagen(List.of(d("2026-05-15")))
                            .isWerkdag(d("2025-05-30")))
                    .isFalse();
        }
    }
}
