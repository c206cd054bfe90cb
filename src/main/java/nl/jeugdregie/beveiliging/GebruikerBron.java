package nl.jeugdregie.beveiliging;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns whatever Spring Security authenticated (a local user, an OIDC login, a bearer token) into
 * the platform's {@link Gebruiker}. Claims of an identity provider: {@code roles} (or Keycloak's
 * {@code realm_access.roles}), {@code gemeenten} (CBS codes) and {@code agb}.
 */
@Component
class GebruikerBron {

    Optional<Gebruiker> uit(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof LokaleGebruiker lokaal) {
            return Optional.of(lokaal.gebruiker());
        }
        if (principal instanceof OidcUser oidc) {
            return Optional.of(uitClaims(oidc.getSubject(), oidc.getClaims()));
        }
        if (principal instanceof Jwt jwt) {
            return Optional.of(uitClaims(jwt.getSubject(), jwt.getClaims()));
        }
        return Optional.empty();
    }

    static Gebruiker uitClaims(String subject, Map<String, Object> claims) {
        String gebruikersnaam = tekst(claims.get("preferred_username"), subject);
        Set<GemeenteCode> gemeenten = new LinkedHashSet<>();
        for (String code : lijst(claims.get("gemeenten"))) {
            gemeenten.add(GemeenteCode.parse(code));
        }
        String agb = tekst(claims.get("agb"), null);
        return new Gebruiker(
                gebruikersnaam,
                tekst(claims.get("name"), gebruikersnaam),
                tekst(claims.get("organisatie"), "Onbekend"),
                rollen(claims),
                gemeenten,
                agb == null ? null : new AgbCode(agb));
    }

    /** Roles named in the claims that the platform knows; unknown names are ignored. */
    static Set<Rol> rollen(Map<String, Object> claims) {
        List<String> namen = lijst(claims.get("roles"));
        if (namen.isEmpty() && claims.get("realm_access") instanceof Map<?, ?> realm) {
            namen = lijst(realm.get("roles"));
        }
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (String naam : namen) {
            String zonderPrefix = naam.toUpperCase(java.util.Locale.ROOT).replaceFirst("^ROLE_", "");
            for (Rol rol : Rol.values()) {
                if (rol.name().equals(zonderPrefix)) {
                    rollen.add(rol);
                }
            }
        }
        return rollen;
    }

    static Collection<SimpleGrantedAuthority> authorities(Map<String, Object> claims) {
        try {
            return rollen(claims).stream()
                    .map(rol -> new SimpleGrantedAuthority(rol.authority()))
                    .toList();
        } catch (OngeldigeWaarde e) {
            return List.of();
        }
    }

    private static List<String> lijst(Object waarde) {
        if (waarde instanceof Collection<?> collectie) {
            return collectie.stream().map(String::valueOf).toList();
        }
        if (waarde instanceof String tekst && !tekst.isBlank()) {
            return List.of(tekst.split("[,\\s]+"));
        }
        return List.of();
    }

    private static String tekst(Object waarde, String standaard) {
        return waarde == null || waarde.toString().isBlank() ? standaard : waarde.toString();
    }
}
