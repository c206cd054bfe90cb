package nl.jeugdregie.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.jeugdregie.kern.OngeldigeWaarde;
import org.junit.jupiter.api.Test;

class RapportageperiodeTest {

    @Test
    void readsYearHalfYearAndMonth() {
        assertThat(Rapportageperiode.van("2026"))
                .isEqualTo(new Rapportageperiode("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(Rapportageperiode.van("2026-H2").begin()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Rapportageperiode.van("2026-H2").eind()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Rapportageperiode.van("2024-02").eind()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Rapportageperiode.van("2026-03").omschrijving()).isEqualTo("maart 2026");
        assertThat(Rapportageperiode.van("2026-H1").omschrijving()).isEqualTo("eerste halfjaar 2026");
    }

    @Test
    void refusesWhatIsNoPeriodInDutch() {
        assertThatThrownBy(() -> Rapportageperiode.van("2026-13"))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("01 tot en met 12");
        assertThatThrownBy(() -> Rapportageperiode.van("2026-H3"))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("halfjaar (2026-H1)");
        assertThatThrownBy(() -> Rapportageperiode.van("1999")).hasMessageContaining("sinds 2015");
        assertThatThrownBy(() -> Rapportageperiode.van(null)).isInstanceOf(OngeldigeWaarde.class);
    }

    @Test
    void walksBackAcrossYearBorders() {
        assertThat(Rapportageperiode.van("2026-01").vorige().code()).isEqualTo("2025-12");
        assertThat(Rapportageperiode.van("2026-H1").vorige().code()).isEqualTo("2025-H2");
        assertThat(Rapportageperiode.van("2026-H2").maanden()).hasSize(6);
        assertThat(Rapportageperiode.van("2026").maanden()).hasSize(12);
    }
}
