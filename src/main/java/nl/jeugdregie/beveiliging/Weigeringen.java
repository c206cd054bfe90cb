package nl.jeugdregie.beveiliging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.jeugdregie.platform.Api;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Publishes {@link ToegangGeweigerd} for every request of a signed-in user that ends in 403, whatever
 * refused it: the URL rules, {@code @PreAuthorize}, or a module asking {@link Autorisatie} (the reason
 * of a {@link NietGeautoriseerd} is kept on the request). It runs in the security filter chain around
 * everything else, so the request's own transaction has ended, committed or rolled back, and the
 * refusal is recorded either way.
 */
class Weigeringen extends OncePerRequestFilter {

    private final GebruikerBron gebruikerBron;
    private final ApplicationEventPublisher gebeurtenissen;

    Weigeringen(GebruikerBron gebruikerBron, ApplicationEventPublisher gebeurtenissen) {
        this.gebruikerBron = gebruikerBron;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                meld(request);
            }
        }
    }

    private void meld(HttpServletRequest request) {
        Authentication authenticatie = SecurityContextHolder.getContext().getAuthentication();
        if (authenticatie == null
                || !authenticatie.isAuthenticated()
                || authenticatie instanceof AnonymousAuthenticationToken) {
            return;
        }
        String verzoek = request.getMethod() + " " + request.getRequestURI();
        String wat = Optional.ofNullable(request.getAttribute(NietGeautoriseerd.REDEN))
                .map(Object::toString)
                .orElse(
                        request.getRequestURI().startsWith(Api.BASIS)
                                ? "API-resource " + verzoek
                                : "Pagina " + verzoek);
        String toelichting = verzoek + ", adres " + request.getRemoteAddr();
        ToegangGeweigerd weigering = gebruikerBron
                .uit(authenticatie)
                .map(g -> new ToegangGeweigerd(
                        g.gebruikersnaam(), GebruikerBron.rollenTekst(g.rollen()), g.organisatie(), wat, toelichting))
                .orElseGet(() -> new ToegangGeweigerd(
                        authenticatie.getName(),
                        authenticatie.getAuthorities().stream()
                                .map(GrantedAuthority::getAuthority)
                                .map(a -> a.replaceFirst("^ROLE_", ""))
                                .sorted()
                                .collect(Collectors.joining(",")),
                        "",
                        wat,
                        toelichting));
        gebeurtenissen.publishEvent(weigering);
    }
}
