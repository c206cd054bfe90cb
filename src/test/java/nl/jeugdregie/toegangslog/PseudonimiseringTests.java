package nl.jeugdregie.toegangslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import nl.jeugdregie.kern.Bsn;
import org.junit.jupiter.api.Test;

class PseudonimiseringTests {

    static byte[] sleutel() {
        byte[] sleutel = new byte[32];
        new SecureRandom().nextBytes(sleutel);
        return sleutel;
    }

    @Test
    void pseudonymIsStableHexAndNotTheBsn() {
        var pseudonimisering = new Pseudonimisering(sleutel());
        Bsn bsn = new Bsn("123456782");

        String pseudoniem = pseudonimisering.pseudoniem(bsn);

        assertThat(pseudoniem).matches("[0-9a-f]{64}").doesNotContain("123456782");
        assertThat(pseudonimisering.pseudoniem(new Bsn("123456782"))).isEqualTo(pseudoniem);
    }

    @Test
    void differentBsnsGiveDifferentPseudonyms() {
        var pseudonimisering = new Pseudonimisering(sleutel());

        assertThat(pseudonimisering.pseudoniem(new Bsn("123456782")))
                .isNotEqualTo(pseudonimisering.pseudoniem(new Bsn("111222333")));
    }

    @Test
    void pseudonymDependsOnTheKey() {
        Bsn bsn = new Bsn("123456782");

        assertThat(new Pseudonimisering(sleutel()).pseudoniem(bsn))
                .isNotEqualTo(new Pseudonimisering(sleutel()).pseudoniem(bsn));
    }

    @Test
    void isHmacSha256OfTheBsnWithTheKey() {
        byte[] sleutel = new byte[32];
        for (int i = 0; i < sleutel.length; i++) {
            sleutel[i] = (byte) i;
        }

        // computed independently: printf 123456782 | openssl dgst -sha256 -mac HMAC -macopt hexkey:0001..1f
        assertThat(new Pseudonimisering(sleutel).pseudoniem(new Bsn("123456782")))
                .isEqualTo("8e4c078580cfe222fd12ced43ae58d770a18bb5092337edc9e9ba06050b7ba02");
    }
}
