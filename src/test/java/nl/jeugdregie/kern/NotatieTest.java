package nl.jeugdregie.kern;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.kern.codelijst.Retourcode;
import org.junit.jupiter.api.Test;

class NotatieTest {

    @Test
    void writesADateWithTwoDigitDayAndMonth() {
        assertThat(Notatie.datum(LocalDate.of(2026, 12, 3))).isEqualTo("03-12-2026");
        assertThat(Notatie.datum(LocalDate.of(2026, 1, 1))).isEqualTo("01-01-2026");
    }

    @Test
    void writesEveryMomentInDutchTimeWhateverTheZoneOfTheJvm() {
        TimeZone eerder = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            Instant winter = Instant.parse("2026-12-03T16:51:00Z");
            Instant zomer = Instant.parse("2026-07-03T16:51:00Z");

            assertThat(Notatie.tijdstip(winter)).isEqualTo("03-12-2026 17:51");
            assertThat(Notatie.tijdstip(zomer)).isEqualTo("03-07-2026 18:51");
            assertThat(Notatie.tijdstip(OffsetDateTime.ofInstant(winter, ZoneOffset.UTC)))
                    .isEqualTo("03-12-2026 17:51");
            assertThat(Notatie.tijdstipMetSeconden(winter.plusSeconds(9))).isEqualTo("03-12-2026 17:51:09");
        } finally {
            TimeZone.setDefault(eerder);
        }
    }

    @Test
    void takesALocalDateTimeOfThePlatformAsDutchTimeAlready() {
        assertThat(Notatie.tijdstip(LocalDateTime.of(2026, 12, 3, 17, 51, 30))).isEqualTo("03-12-2026 17:51");
    }

    @Test
    void writesAClosedAndAnOpenPeriod() {
        assertThat(Notatie.periode(Periode.van(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31))))
                .isEqualTo("01-03-2026 t/m 31-12-2026");
        assertThat(Notatie.periode(Periode.vanaf(LocalDate.of(2026, 3, 1)))).isEqualTo("vanaf 01-03-2026");
        assertThat(Periode.vanaf(LocalDate.of(2026, 3, 1))).hasToString("vanaf 01-03-2026");
    }

    @Test
    void writesAmountsNumbersAndPercentagesInDutchNotation() {
        assertThat(Notatie.bedrag(new Bedrag(123_456))).isEqualTo("€ 1.234,56");
        assertThat(Notatie.bedrag(new Bedrag(-1_250))).isEqualTo("€ -12,50");
        assertThat(Notatie.getal(1_234_567)).isEqualTo("1.234.567");
        assertThat(Notatie.getal(new BigDecimal("9.50"))).isEqualTo("9,5");
        assertThat(Notatie.getal(new BigDecimal("1234.0"))).isEqualTo("1.234");
        assertThat(Notatie.percentage(new BigDecimal("52.00"))).isEqualTo("52,0 %");
        assertThat(Notatie.percentage(new BigDecimal("85.05"))).isEqualTo("85,1 %");
        assertThat(Notatie.percentage(80)).isEqualTo("80,0 %");
        assertThat(Notatie.aandeel(0.5)).isEqualTo("50,0 %");
    }

    @Test
    void writesAValueWithItsUnitAndAPercentageAsAPercentage() {
        assertThat(Notatie.metEenheid(new BigDecimal("52.00"), "%")).isEqualTo("52,0 %");
        assertThat(Notatie.metEenheid(new BigDecimal("12"), "dagen")).isEqualTo("12 dagen");
    }

    @Test
    void namesACodeWithItsMeaningWithoutTheClosingFullStop() {
        assertThat(Notatie.metCode("Enschede", "0153")).isEqualTo("Enschede (0153)");
        assertThat(Notatie.metCode(null, "0153")).isEqualTo("0153");
        assertThat(Notatie.code(RedenWijziging.vanCode("04"))).isEqualTo("Herbeoordeling: verlenging toewijzing (04)");
        assertThat(Notatie.code(Retourcode.TECHNISCH_AFGEKEURD))
                .isEqualTo("Bericht is afgekeurd om technische redenen (0001)");
    }

    @Test
    void writesNothingForAnAbsentValue() {
        assertThat(Notatie.datum(null)).isEmpty();
        assertThat(Notatie.tijdstip((Instant) null)).isEmpty();
        assertThat(Notatie.bedrag(null)).isEmpty();
        assertThat(Notatie.percentage(null)).isEmpty();
    }
}
