package nl.jeugdregie;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.jeugdregie.kern.AgbCode;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for page and API tests, as an identity provider's token would describe them. */
public final class Testgebruikers {

    private Testgebruikers() {}

    /** A user with one role and, for TOEGANG or BACKOFFICE, the gemeenten of its scope (CBS codes). */
    public static RequestPostProcessor als(String naam, String rol, String... gemeenten) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> {
                    jwt.subject(naam).claim("preferred_username", naam).claim("roles", List.of(rol));
                    if (gemeenten.length > 0) {
                        jwt.claim("gemeenten", List.of(gemeenten));
                    }
                })
                .authorities(new SimpleGrantedAuthority("ROLE_" + rol));
    }

    /** A user with one regional role (INKOOP, TOEGANG, ...), named after it. */
    public static RequestPostProcessor metRol(String rol) {
        return als(rol.toLowerCase(Locale.ROOT), rol);
    }

    /** An AANBIEDER user of the given aanbieder. */
    public static RequestPostProcessor aanbiederVan(AgbCode agb) {
        String naam = "medewerker-" + agb;
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(naam)
                        .claim("preferred_username", naam)
                        .claim("roles", List.of("AANBIEDER"))
                        .claim("agb", agb.value()))
                .authorities(new SimpleGrantedAuthority("ROLE_AANBIEDER"));
    }

    /**
     * Runs {@code werk} in a service test as a signed-in user with one role and, for AANBIEDER, that AGB code (named
     * "medewerker-AGB" like {@link #aanbiederVan}), as a token of the identity provider would describe it.
     */
    public static <T> T ingelogd(String rol, AgbCode agb, Supplier<T> werk) {
        String naam = agb != null && "AANBIEDER".equals(rol) ? "medewerker-" + agb : rol.toLowerCase(Locale.ROOT);
        Jwt.Builder jwt = Jwt.withTokenValue("test")
                .header("alg", "none")
                .subject(naam)
                .claim("preferred_username", naam)
                .claim("roles", List.of(rol));
        if (agb != null) {
            jwt.claim("agb", agb.value());
        }
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt.build(), List.of()));
        try {
            return werk.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
