package nl.jeugdregie.jeugdige;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Datumgebruik;
import nl.jeugdregie.kern.codelijst.Geslacht;
import org.junit.jupiter.api.Test;

/**
 * A partly unknown birth date is refused at the door unless written as iJw requires (CS139), so no toewijzing can later
 * fail to become a JW301.
 */
class PersoonsgegevensTest {

    @Test
    void aPartlyUnknownBirthDateIsWrittenWithItsUnknownPartsAsOne() {
        assertThat(met(LocalDate.of(2014, 5, 1), Datumgebruik.DAG_ONBEKEND).geboortedatum())
                .isEqualTo(LocalDate.of(2014, 5, 1));
        assertThat(met(LocalDate.of(2014, 1, 1), Datumgebruik.DAG_EN_MAAND_ONBEKEND)
                        .geboortedatum())
                .isEqualTo(LocalDate.of(2014, 1, 1));

        assertThatThrownBy(() -> met(LocalDate.of(2014, 5, 4), Datumgebruik.DAG_ONBEKEND))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("eerste van de maand")
                .hasMessageContaining("CS139");
        assertThatThrownBy(() -> met(LocalDate.of(2014, 5, 1), Datumgebruik.DAG_EN_MAAND_ONBEKEND))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("1 januari");
    }

    private static Persoonsgegevens met(LocalDate geboortedatum, Datumgebruik gebruik) {
        return new Persoonsgegevens(
                geboortedatum,
                gebruik,
                Geslacht.vanCode("2"),
                "Vries",
                "de",
                null,
                null,
                "Lotte",
                "L",
                null,
                new Persoonsgegevens.Adres("Oude Markt", 2, null, null, "7511GA", "Enschede"));
    }
}
