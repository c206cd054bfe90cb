package nl.jeugdregie.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlausibelTests {

    @Test
    void aDateOfTheAdministrationLiesInTheYearsOfTheJeugdwet() {
        assertThat(Plausibel.beleidsdatum("Begindatum", LocalDate.of(2015, 1, 1)))
                .isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(Plausibel.beleidsdatum("Einddatum", LocalDate.of(2100, 12, 31)))
                .isEqualTo(LocalDate.of(2100, 12, 31));
        assertThatThrownBy(() -> Plausibel.beleidsdatum("Begindatum", LocalDate.of(-999_999_999, 1, 1)))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("Begindatum")
                .hasMessageContaining("01-01-2015");
        assertThatThrownBy(() -> Plausibel.beleidsperiode(
                        "De looptijd", Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(9999, 12, 31))))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("de einddatum 31-12-9999");
    }

    @Test
    void aBirthDateLiesFrom1900() {
        assertThat(Plausibel.geboortedatum(LocalDate.of(1900, 1, 1))).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThatThrownBy(() -> Plausibel.geboortedatum(LocalDate.of(0, 1, 1))).isInstanceOf(OngeldigeWaarde.class);
        assertThatThrownBy(() -> Plausibel.geboortedatum(LocalDate.of(9999, 12, 31)))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("31-12-9999");
    }

    @Test
    void aWebAddressIsHttpOrHttpsWithAHost() {
        assertThat(Plausibel.isWebadres("https://www.voorbeeld.nl/wachttijden")).isTrue();
        assertThat(Plausibel.isWebadres("http://voorbeeld.nl")).isTrue();
        assertThat(Plausibel.isWebadres("")).isTrue();
        assertThat(Plausibel.isWebadres(null)).isTrue();
        assertThat(Plausibel.isWebadres("javascript:alert(1)")).isFalse();
        assertThat(Plausibel.isWebadres("JavaScript:alert(1)")).isFalse();
        assertThat(Plausibel.isWebadres("data:text/html,<script>")).isFalse();
        assertThat(Plausibel.isWebadres("ftp://voorbeeld.nl")).isFalse();
        assertThat(Plausibel.isWebadres("www.voorbeeld.nl")).isFalse();
        assertThat(Plausibel.isWebadres("https://voor\u0000beeld.nl")).isFalse();
        assertThatThrownBy(() -> Plausibel.webadres("De website", "javascript:alert(1)"))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("https://");
    }

    @Test
    void textWithAControlCharacterIsRefusedButTabsAndNewlinesAreText() {
        assertThat(Tekst.heeftStuurteken("Jansen\tde Vries\r\nEnschede")).isFalse();
        assertThat(Tekst.heeftStuurteken("Jan\u0000sen")).isTrue();
        assertThat(Tekst.heeftStuurteken("\u001b[31mrood")).isTrue();
        assertThat(Tekst.heeftStuurteken("\u007f")).isTrue();
        assertThat(Tekst.heeftStuurteken(null)).isFalse();
        assertThatThrownBy(() -> Tekst.leesbaar("De achternaam", "Jan\u0007sen"))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageStartingWith("De achternaam bevat een onzichtbaar stuurteken");
    }
}
