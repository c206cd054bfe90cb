package nl.jeugdregie.kern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The BSNs the tests share out: repeatable, and distinct for starts 20 apart. */
class TestbsnTest {

    @Test
    void startsTwentyApartNeverGiveTheSameBsnAcrossTheOfficialTestRange() {
        Set<String> gezien = new HashSet<>();
        for (long start = 999_900_000L; start < 999_999_980L; start += 20) {
            Bsn bsn = Testbsn.vanaf(start);
            assertThat(Long.parseLong(bsn.value())).isBetween(start, start + 19);
            assertThat(gezien.add(bsn.value()))
                    .as("%d gives %s twice", start, bsn.value())
                    .isTrue();
        }
    }

    @Test
    void aStartWhoseTenHasNoCheckDigitMovesToTheNextTen() {
        // 99990601x has no check digit: the weighted sum of its first eight digits leaves 10 after division by 11
        assertThat(Testbsn.vanaf(999_906_010L).value()).isEqualTo("999906021");
        assertThat(Testbsn.vanaf(999_906_010L)).isEqualTo(Testbsn.vanaf(999_906_010L));
    }
}
