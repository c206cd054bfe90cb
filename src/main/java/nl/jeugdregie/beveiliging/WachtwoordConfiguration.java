package nl.jeugdregie.beveiliging;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing for the local user store; needed with and without the web server. */
@Configuration(proxyBeanMethods = false)
class WachtwoordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BegrensdeWachtwoorden(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * bcrypt reads at most 72 bytes and refuses a longer password with an exception. A login with a
     * longer password is simply wrong (no stored password can be that long, {@link Wachtwoordbeleid}
     * refuses them), so it never reaches bcrypt.
     */
    static final class BegrensdeWachtwoorden implements PasswordEncoder {

        private final PasswordEncoder hasher;

        BegrensdeWachtwoorden(PasswordEncoder hasher) {
            this.hasher = hasher;
        }

        @Override
        public String encode(CharSequence wachtwoord) {
            if (teLang(wachtwoord)) {
                throw new IllegalArgumentException("Een wachtwoord is hoogstens " + Wachtwoordbeleid.MAXIMALE_BYTES
                        + " bytes lang; controleer het met Wachtwoordbeleid voor het wordt opgeslagen");
            }
            return hasher.encode(wachtwoord);
        }

        @Override
        public boolean matches(CharSequence wachtwoord, String opgeslagen) {
            return wachtwoord != null && !teLang(wachtwoord) && hasher.matches(wachtwoord, opgeslagen);
        }

        @Override
        public boolean upgradeEncoding(String opgeslagen) {
            return hasher.upgradeEncoding(opgeslagen);
        }

        private static boolean teLang(CharSequence wachtwoord) {
            return wachtwoord != null
                    && wachtwoord.toString().getBytes(StandardCharsets.UTF_8).length > Wachtwoordbeleid.MAXIMALE_BYTES;
        }
    }
}
