package nl.jeugdregie.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WerkitemTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    static Werkitem uiterlijk(LocalDate uiterlijk, Aanvraagstatus status) {
        return new Werkitem(
                1,
                Verzoeksoort.VOT,
                ToewijzingFixtures.ENSCHEDE,
                ToewijzingFixtures.AANBIEDER,
                ToewijzingFixtures.CLIENT,
                "REF",
                status,
                VANDAAG.minusDays(7),
                uiterlijk,
                "",
                VANDAAG);
    }

    @Test
    void lateWhenTheDeadlineHasPassed() {
        assertThat(uiterlijk(VANDAAG.minusDays(1), Aanvraagstatus.ONTVANGEN).isTeLaat())
                .isTrue();
        assertThat(uiterlijk(VANDAAG, Aanvraagstatus.ONTVANGEN).isTeLaat()).isFalse();
    }

    @Test
    void nearlyLateWithinTwoDays() {
        assertThat(uiterlijk(VANDAAG, Aanvraagstatus.IN_ONDERZOEK).isBijnaTeLaat())
                .isTrue();
        assertThat(uiterlijk(VANDAAG.plusDays(2), Aanvraagstatus.ONTVANGEN).isBijnaTeLaat())
                .isTrue();
        assertThat(uiterlijk(VANDAAG.plusDays(3), Aanvraagstatus.ONTVANGEN).isBijnaTeLaat())
                .isFalse();
    }

    @Test
    void decidedItemsAreNeverLate() {
        assertThat(uiterlijk(VANDAAG.minusDays(10), Aanvraagstatus.TOEGEWEZEN).isTeLaat())
                .isFalse();
        assertThat(uiterlijk(VANDAAG.minusDays(10), Aanvraagstatus.AFGEWEZEN).isBijnaTeLaat())
                .isFalse();
    }
}
