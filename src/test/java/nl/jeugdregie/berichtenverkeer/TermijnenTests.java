package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The retour term of OP090 as a share on time, from what was received and answered. */
class TermijnenTests extends BerichtenverkeerContext {

    @Autowired
    Termijnen termijnen;

    @Test
    void receivedMessageIsDueInThreeWorkingDaysAndCountsOnTimeWhenAnswered() {
        Berichtenbus.Ontvangst ontvangst = bus.ontvang(Startberichten.start("TERMIJN-1"), Kanaal.SYSTEEM, null);
        assertThat(opslag.gegevens(ontvangst.id()).orElseThrow().termijn())
                .as("Monday 2 March 2026 plus three working days")
                .isEqualTo(LocalDate.of(2026, 3, 5));
        Termijnen.Stand voor = termijnen.stand();

        verwerker.verwerkWachtende();

        Termijnen.Stand na = termijnen.stand();
        assertThat(na.opTijd()).isGreaterThan(voor.opTijd());
        assertThat(na.teLaat()).isZero();
        assertThat(na.aandeelOpTijd()).isBetween(0.0, 1.0);
    }

    @Test
    void shareOnTimeIsOneWhenNothingWasDue() {
        assertThat(new Termijnen.Stand(0, 0, 0).aandeelOpTijd()).isEqualTo(1.0);
        assertThat(new Termijnen.Stand(3, 1, 0).aandeelOpTijd()).isEqualTo(0.75);
    }
}
