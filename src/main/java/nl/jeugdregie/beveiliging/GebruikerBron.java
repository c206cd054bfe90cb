package nl.jeugdregie.beveiliging;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns whatever Spring Security authenticated (a local user, an OIDC login, a bearer token) into
 * the platform's {@link Gebruiker}. Claims of an identity provider: {@code roles} (or Keycloak's
 * {@code realm_access.roles}), {@code gemeenten} (CBS codes) and {@code agb}. The same rules for
 * combining roles apply as to local users ({@link Rolcombinaties}): a token with a forbidden
 * combination gets no role at all, and the refusal is published as {@link ToegangGeweigerd}.
 */
@Component
class GebruikerBron {

    private final ApplicationEventPublisher gebeurtenissen;

    GebruikerBron(ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

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
        String gebruikersnaam = gebruikersnaam(subject, claims);
        Set<GemeenteCode> gemeenten = new LinkedHashSet<>();
        for (String code : lijst(claims.get("gemeenten"))) {
            gemeenten.add(GemeenteCode.parse(code));
        }
        String agb = tekst(claims.get("agb"), null);
        return new Gebruiker(
                gebruikersnaam,
                tekst(claims.get("name"), gebruikersnaam),
                organisatie(claims),
                Rolcombinaties.geldig(rollen(claims)),
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
            String zonderPrefix = naam.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
            for (Rol rol : Rol.values()) {
                if (rol.name().equals(zonderPrefix)) {
                    rollen.add(rol);
                }
            }
        }
        return rollen;
    }

    /**
     * The role authorities for the claims of a login or a bearer token. A combination of roles that
     * is not allowed gives none, and is published as a refusal.
     */
    Collection<SimpleGrantedAuthority> authorities(String subject, Map<String, Object> claims) {
        Set<Rol> rollen;
        try {
            rollen = rollen(claims);
        } catch (OngeldigeWaarde e) {
            return List.of();
        }
        List<String> bezwaren = Rolcombinaties.bezwaren(rollen);
        if (!bezwaren.isEmpty()) {
            gebeurtenissen.publishEvent(new ToegangGeweigerd(
                    gebruikersnaam(subject, claims),
                    rollenTekst(rollen),
                    organisatie(claims),
                    "Rollen van de identity provider geweigerd: " + rollenTekst(rollen),
                    String.join(" ", bezwaren)));
            return List.of();
        }
        return rollen.stream()
                .map(rol -> new SimpleGrantedAuthority(rol.authority()))
                .toList();
    }

    /** Roles as the toegangslog records them: names, sorted, comma separated. */
    static String rollenTekst(Set<Rol> rollen) {
        return rollen.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String gebruikersnaam(String subject, Map<String, Object> claims) {
        return tekst(claims.get("preferred_username"), subject);
    }

    private static String organisatie(Map<String, Object> claims) {
        return tekst(claims.get("organisatie"), "Onbekend");
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
