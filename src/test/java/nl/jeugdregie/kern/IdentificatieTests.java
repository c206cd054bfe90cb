package nl.jeugdregie.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentificatieTests {

    @Test
    void acceptsBsnPassingElevenProof() {
        assertThat(new Bsn("123456782").value()).isEqualTo("123456782");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "000000000", "12345678", "1234567820", "12345678a"})
    void rejectsBsnFailingElevenProofOrFormat(String value) {
        assertThatThrownBy(() -> new Bsn(value)).isInstanceOf(OngeldigeWaarde.class);
    }

    @Test
    void explainsElevenProofFailureInDutch() {
        assertThatThrownBy(() -> new Bsn("123456789")).hasMessage("BSN voldoet niet aan de elfproef");
    }

    @Test
    void neverPrintsAWholeBsn() {
        assertThat(new Bsn("123456782").toString()).isEqualTo("*****6782").doesNotContain("12345");
    }

    @Test
    void acceptsEightDigitAgbCodeOnly() {
        assertThat(new AgbCode("12345678").value()).isEqualTo("12345678");
        assertThatThrownBy(() -> new AgbCode("1234567")).hasMessageContaining("8 cijfers");
        assertThatThrownBy(() -> new AgbCode("1234567X")).isInstanceOf(OngeldigeWaarde.class);
    }

    @Test
    void readsGemeentecodeWithOrWithoutCbsPrefix() {
        assertThat(GemeenteCode.parse("GM0153")).isEqualTo(new GemeenteCode("0153"));
        assertThat(GemeenteCode.parse("0153")).isEqualTo(new GemeenteCode("0153"));
        assertThatThrownBy(() -> new GemeenteCode("153")).hasMessageContaining("4 cijfers");
    }
}
