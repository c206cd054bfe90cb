package nl.jeugdregie.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one elfproef of the code base, at its edges. */
class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456782", "010000021", "001000020", "999990019"})
    void acceptsNineDigitsPassingTheElevenProofLeadingZerosIncluded(String bsn) {
        assertThat(Bsn.voldoetAanElfproef(bsn)).isTrue();
        assertThat(new Bsn(bsn).value()).isEqualTo(bsn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000", "000000012"})
    void rejectsNumbersWhoseWeightedSumIsZero(String bsn) {
        // 0 is divisible by 11, but no BSN has that sum: 000000000 is the CBS placeholder for an unborn child
        assertThat(Bsn.voldoetAanElfproef(bsn)).isFalse();
        assertThatThrownBy(() -> new Bsn(bsn)).hasMessage("BSN voldoet niet aan de elfproef");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000021", "01000020"})
    void rejectsEightDigitsThatWouldPassWithALeadingZero(String acht) {
        assertThat(Bsn.voldoetAanElfproef("0" + acht))
                .as("with the leading zero")
                .isTrue();
        assertThat(Bsn.voldoetAanElfproef(acht)).isFalse();
        assertThatThrownBy(() -> new Bsn(acht)).hasMessage("BSN moet uit precies 9 cijfers bestaan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "12345678a", "1234567820", " 23456782"})
    void rejectsAWrongCheckDigitOrAnythingButNineDigits(String bsn) {
        assertThat(Bsn.voldoetAanElfproef(bsn)).isFalse();
    }

    @Test
    void nullIsNoBsn() {
        assertThat(Bsn.voldoetAanElfproef(null)).isFalse();
    }
}
