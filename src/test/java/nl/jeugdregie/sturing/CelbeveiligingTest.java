package nl.jeugdregie.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CelbeveiligingTest {

    private static Cel cel(String groep, long jeugdigen) {
        BigDecimal n = BigDecimal.valueOf(jeugdigen);
        return new Cel(groep, groep, n, n, null, jeugdigen, false, false);
    }

    @Test
    void suppressesCellsOfFewerThanFiveJeugdigenWithoutAnyNumber() {
        List<Cel> uit = SturingService.beveilig(List.of(cel("totaal", 4)), 5);
        assertThat(uit.get(0).onderdrukt()).isTrue();
        assertThat(uit.get(0).waarde()).isNull();
        assertThat(uit.get(0).teller()).isNull();
        assertThat(uit.get(0).jeugdigen()).isNull();
        assertThat(SturingService.beveilig(List.of(cel("totaal", 5)), 5).get(0).onderdrukt())
                .isFalse();
    }

    @Test
    void suppressesTheNextSmallestCellWhenOnlyOneIsSmallSoItCannotBeSubtracted() {
        List<Cel> uit = SturingService.beveilig(List.of(cel("02", 40), cel("01", 2), cel("03", 7), cel("05", 9)), 5);
        assertThat(uit)
                .extracting(Cel::groep, Cel::onderdrukt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("02", false),
                        org.assertj.core.groups.Tuple.tuple("01", true),
                        org.assertj.core.groups.Tuple.tuple("03", true),
                        org.assertj.core.groups.Tuple.tuple("05", false));
    }

    @Test
    void leavesFiguresThatAreNotAboutPersonsAlone() {
        Cel geld = new Cel("totaal", "Totaal", BigDecimal.ONE, BigDecimal.ONE, null, null, false, false);
        assertThat(SturingService.beveilig(List.of(geld), 5).get(0).onderdrukt())
                .isFalse();
    }
}
