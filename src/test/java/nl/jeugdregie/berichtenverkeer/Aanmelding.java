package nl.jeugdregie.berichtenverkeer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for the pages, as an identity provider describes them: a role and the scope that goes with it. */
final class Aanmelding {

    private Aanmelding() {}

    static RequestPostProcessor backoffice() {
        return als("backoffice", "BACKOFFICE", null);
    }

    /** A user of the aanbieder with this AGB code. */
    static RequestPostProcessor aanbieder(String agb) {
        return als("aanbieder-" + agb, "AANBIEDER", agb);
    }

    private static RequestPostProcessor als(String naam, String rol, String agb) {
        return jwt().jwt(j -> {
                    j.subject(naam).claim("preferred_username", naam).claim("roles", List.of(rol));
                    if (agb != null) {
                        j.claim("agb", agb);
                    }
                })
                .authorities(new SimpleGrantedAuthority("ROLE_" + rol));
    }
}
