package nl.jeugdregie.kern.codelijst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jeugdregie.kern.OngeldigeWaarde;
import org.junit.jupiter.api.Test;

/** Lookup behaviour shared by all code lists, shown on a few of them. */
class CodelijstTest {

    @Test
    void findsAnEntryByItsOfficialCode() {
        assertThat(Geslacht.vanCode("2")).isEqualTo(Geslacht.VROUWELIJK);
        assertThat(Eenheid.vanCode("83").omschrijving()).isEqualTo("Euro's");
        assertThat(Verwijzer.vanCode("04")).isEqualTo(Verwijzer.GECERTIFICEERDE_INSTELLING);
        assertThat(Retourcode.vanCode("0200")).isEqualTo(Retourcode.GEEN_OPMERKING);
        assertThat(Retourcode.vanCode("S300")).isEqualTo(Retourcode.GEMEENTECODE_ONBEKEND);
    }

    @Test
    void rejectsAnUnknownCodeWithADutchMessageNamingTheList() {
        assertThatThrownBy(() -> RedenBeeindiging.vanCode("99"))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessage("'99' is geen geldige code voor Reden beëindiging (JZ588)");
    }

    @Test
    void rejectsAMissingCode() {
        assertThatThrownBy(() -> Eenheid.vanCode(null))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessage("Code voor Eenheid (WJ756) ontbreekt");
        assertThat(Eenheid.isGeldig(null)).isFalse();
        assertThat(Eenheid.find(null)).isEmpty();
    }

    @Test
    void matchesCodesExactlyAsTheyAppearInAMessage() {
        assertThat(Eenheid.isGeldig("04")).isTrue();
        assertThat(Eenheid.isGeldig("4")).isFalse();
        assertThat(Frequentie.isGeldig("4")).isTrue();
        assertThat(Frequentie.isGeldig("04")).isFalse();
        assertThat(DebetCredit.isGeldig("d")).isFalse();
        assertThat(Retourcode.isGeldig(" 0200")).isFalse();
    }

    @Test
    void findsOptionally() {
        assertThat(Frequentie.find("2")).contains(Frequentie.PER_WEEK);
        assertThat(Frequentie.find("3")).isEmpty();
    }

    @Test
    void translatesJaNeeFromAndToBoolean() {
        assertThat(JaNee.van(true)).isEqualTo(JaNee.JA);
        assertThat(JaNee.van(false)).isEqualTo(JaNee.NEE);
        assertThat(JaNee.vanCode("1").isJa()).isTrue();
        assertThat(JaNee.vanCode("2").isJa()).isFalse();
    }

    @Test
    void onlyReasonTwentyIsATemporaryStop() {
        assertThat(RedenBeeindiging.vanCode("20").isTijdelijk()).isTrue();
        assertThat(RedenBeeindiging.values())
                .filteredOn(RedenBeeindiging::isTijdelijk)
                .containsExactly(RedenBeeindiging.TIJDELIJK_BEEINDIGD);
    }

    @Test
    void onlyReasonZeroOneIsWithdrawn() {
        assertThat(RedenWijziging.values())
                .filteredOn(RedenWijziging::isVervallen)
                .extracting(RedenWijziging::code)
                .containsExactly("01");
    }
}
