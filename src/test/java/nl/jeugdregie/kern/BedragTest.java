package nl.jeugdregie.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BedragTest {

    @Nested
    class Arithmetic {

        @Test
        void addsAndSubtractsInCents() {
            assertThat(new Bedrag(1050).plus(new Bedrag(275))).isEqualTo(new Bedrag(1325));
            assertThat(new Bedrag(1050).min(new Bedrag(2000))).isEqualTo(new Bedrag(-950));
        }

        @Test
        void multipliesByWholeNumber() {
            assertThat(new Bedrag(6543).maal(3)).isEqualTo(new Bedrag(19629));
        }

        @Test
        void multipliesByVolumeRoundingHalfUpToCents() {
            assertThat(new Bedrag(1001).maal(new BigDecimal("1.5"))).isEqualTo(new Bedrag(1502)); // 1501.5
            assertThat(new Bedrag(1001).maal(new BigDecimal("0.25"))).isEqualTo(new Bedrag(250)); // 250.25
            assertThat(new Bedrag(333).maal(new BigDecimal("0.5"))).isEqualTo(new Bedrag(167)); // 166.5
        }

        @Test
        void roundsNegativeHalfCentAwayFromZero() {
            assertThat(new Bedrag(-333).maal(new BigDecimal("0.5"))).isEqualTo(new Bedrag(-167));
        }

        @Test
        void negatesAndTakesAbsoluteValue() {
            assertThat(new Bedrag(500).negatief()).isEqualTo(new Bedrag(-500));
            assertThat(new Bedrag(-500).negatief()).isEqualTo(new Bedrag(500));
            assertThat(new Bedrag(-500).absoluut()).isEqualTo(new Bedrag(500));
            assertThat(Bedrag.NUL.negatief()).isEqualTo(Bedrag.NUL);
        }

        @Test
        void sumsAListAndEmptyListIsZero() {
            assertThat(Bedrag.som(List.of(new Bedrag(100), new Bedrag(-30), new Bedrag(5))))
                    .isEqualTo(new Bedrag(75));
            assertThat(Bedrag.som(List.of())).isEqualTo(Bedrag.NUL);
        }

        @Test
        void failsInsteadOfOverflowing() {
            Bedrag maximum = new Bedrag(Long.MAX_VALUE);

            assertThatThrownBy(() -> maximum.plus(new Bedrag(1))).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> maximum.maal(2)).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> new Bedrag(Long.MIN_VALUE).negatief()).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> maximum.maal(new BigDecimal("1.5"))).isInstanceOf(ArithmeticException.class);
        }
    }

    @Nested
    class Comparison {

        @Test
        void comparesByValue() {
            assertThat(new Bedrag(101).isGroterDan(new Bedrag(100))).isTrue();
            assertThat(new Bedrag(100).isGroterDan(new Bedrag(100))).isFalse();
            assertThat(new Bedrag(-1).isKleinerDan(Bedrag.NUL)).isTrue();
            assertThat(new Bedrag(100)).isGreaterThan(new Bedrag(99)).isLessThan(new Bedrag(101));
        }

        @Test
        void knowsItsSign() {
            assertThat(Bedrag.NUL.isNul()).isTrue();
            assertThat(new Bedrag(-1).isNegatief()).isTrue();
            assertThat(new Bedrag(1).isPositief()).isTrue();
            assertThat(Bedrag.NUL.isPositief()).isFalse();
            assertThat(Bedrag.NUL.isNegatief()).isFalse();
        }
    }

    @Nested
    class Creation {

        @Test
        void createsFromWholeEuros() {
            assertThat(Bedrag.euro(12)).isEqualTo(new Bedrag(1200));
        }

        @Test
        void createsFromEurosWithTwoDecimals() {
            assertThat(Bedrag.euro(new BigDecimal("12.34"))).isEqualTo(new Bedrag(1234));
            assertThat(Bedrag.euro(new BigDecimal("-0.5"))).isEqualTo(new Bedrag(-50));
        }

        @Test
        void rejectsEurosWithFractionsOfCents() {
            assertThatThrownBy(() -> Bedrag.euro(new BigDecimal("12.345")))
                    .isInstanceOf(OngeldigeWaarde.class)
                    .hasMessageContaining("twee decimalen");
        }

        @Test
        void convertsToEurosWithTwoDecimals() {
            assertThat(new Bedrag(123456).inEuro()).isEqualTo(new BigDecimal("1234.56"));
            assertThat(new Bedrag(-5).inEuro()).isEqualTo(new BigDecimal("-0.05"));
        }
    }

    @Nested
    class DutchNotation {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "0        | € 0,00",
                    "5        | € 0,05",
                    "99       | € 0,99",
                    "100      | € 1,00",
                    "123456   | € 1.234,56",
                    "100000   | € 1.000,00",
                    "-123456  | € -1.234,56",
                    "-5       | € -0,05",
                    "123456789012 | € 1.234.567.890,12"
                })
        void formatsWithThousandsDotsAndDecimalComma(long eurocent, String tekst) {
            assertThat(new Bedrag(eurocent).format()).isEqualTo(tekst);
            assertThat(new Bedrag(eurocent)).hasToString(tekst);
        }

        @Test
        void formatsTheSmallestAmount() {
            assertThat(new Bedrag(Long.MIN_VALUE).format()).isEqualTo("€ -92.233.720.368.547.758,08");
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "€ 1.234,56  | 123456",
                    "€1.234,56   | 123456",
                    "1234,56     | 123456",
                    "1.234       | 123400",
                    "€ 12,5      | 1250",
                    "0,05        | 5",
                    "-€ 1.234,56 | -123456",
                    "€ -1.234,56 | -123456",
                    "- € 3,00    | -300",
                    "€ 1.234.567,89 | 123456789"
                })
        void parsesDutchNotation(String tekst, long eurocent) {
            assertThat(Bedrag.parse(tekst)).isEqualTo(new Bedrag(eurocent));
        }

        @Test
        void parsesNonBreakingSpaceAsJavaFormatsIt() {
            assertThat(Bedrag.parse("€\u00a01.234,56")).isEqualTo(new Bedrag(123456));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "€",
                    "1,234",
                    "12,345",
                    "1.23,45",
                    "12.3456",
                    "1234.56",
                    "€ 1 234,56",
                    "--5",
                    "-€ -5",
                    "abc",
                    "€ 99.999.999.999.999.999,00"
                })
        void rejectsAnythingElse(String tekst) {
            assertThatThrownBy(() -> Bedrag.parse(tekst)).isInstanceOf(OngeldigeWaarde.class);
        }

        @Test
        void rejectsMissingText() {
            assertThatThrownBy(() -> Bedrag.parse(null)).isInstanceOf(OngeldigeWaarde.class);
        }

        @Test
        void formatAndParseRoundTrip() {
            for (long eurocent : new long[] {0, 1, -1, 999, 1000, 123456789, -987654321, Long.MAX_VALUE}) {
                assertThat(Bedrag.parse(new Bedrag(eurocent).format())).isEqualTo(new Bedrag(eurocent));
            }
        }
    }
}
