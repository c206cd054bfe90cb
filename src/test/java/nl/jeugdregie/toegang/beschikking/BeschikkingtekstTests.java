package nl.jeugdregie.toegang.beschikking;

import static nl.jeugdregie.toegang.beschikking.Beschikkingteksten.eenAfwijzing;
import static nl.jeugdregie.toegang.beschikking.Beschikkingteksten.eenToekenning;
import static nl.jeugdregie.toegang.beschikking.Beschikkingteksten.zoals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.jeugdregie.kern.OngeldigeWaarde;
import org.junit.jupiter.api.Test;

class BeschikkingtekstTests {

    @Test
    void refusesALetterWithoutAddressee() {
        assertThatThrownBy(
                        () -> zoals(eenToekenning()).geadresseerden(List.of()).maak())
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("ten minste één geadresseerde");
    }

    @Test
    void refusesABlankMotivering() {
        assertThatThrownBy(() -> zoals(eenToekenning()).motivering(" \n ").maak())
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("motivering ontbreekt");
    }

    @Test
    void refusesAToekenningWithoutOnderdelen() {
        assertThatThrownBy(() -> zoals(eenToekenning())
                        .besluit(Besluitsoort.DEELS_TOEGEKEND, List.of())
                        .maak())
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("gedeeltelijk toegekend");
    }

    @Test
    void refusesAnAfwijzingThatGrantsHelp() {
        assertThatThrownBy(() -> zoals(eenAfwijzing())
                        .besluit(Besluitsoort.AFGEWEZEN, eenToekenning().onderdelen())
                        .maak())
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("noemt 2");
    }

    @Test
    void acceptsAnAfwijzingWithoutOnderdelen() {
        assertThat(eenAfwijzing().onderdelen()).isEmpty();
    }

    @Test
    void givesTheAgeOnTheDagtekening() {
        assertThat(eenToekenning().leeftijdOpDagtekening()).isEqualTo(13);
        assertThat(eenAfwijzing().leeftijdOpDagtekening()).isEqualTo(7);
    }
}
