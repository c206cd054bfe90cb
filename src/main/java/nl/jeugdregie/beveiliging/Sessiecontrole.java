package nl.jeugdregie.beveiliging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a change of a local user's rights reach the sessions already open, on every node: each
 * request of a session compares the security version the session holds with the one in the database
 * (one primary-key lookup). When they differ, the user is read again: a user who was deactivated,
 * removed or whose password changed is logged out and lands on the login page with a Dutch message;
 * a change of roles or scope takes effect at once, in the same session.
 *
 * <p>Users of an identity provider (OIDC) carry the roles of their login until the session ends; the
 * identity provider decides about them.
 */
class Sessiecontrole extends OncePerRequestFilter {

    /** Where a session that was ended lands: the login page with the reason. */
    static final String INGETROKKEN = "/inloggen?afgemeld=ingetrokken";

    static final String WACHTWOORD_GEWIJZIGD = "/inloggen?afgemeld=wachtwoord";

    private final LokaleGebruikers gebruikers;
    private static final SecurityContextRepository SESSIES = new HttpSessionSecurityContextRepository();

    Sessiecontrole(LokaleGebruikers gebruikers) {
        this.gebruikers = gebruikers;
    }

    /** Style sheets, scripts and images reveal nothing; they cost no query. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        return pad.startsWith("/css/")
                || pad.startsWith("/js/")
                || pad.startsWith("/img/")
                || pad.startsWith("/webjars/")
                || pad.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authenticatie = SecurityContextHolder.getContext().getAuthentication();
        if (authenticatie != null && authenticatie.getPrincipal() instanceof LokaleGebruiker sessie) {
            Optional<Long> versie = gebruikers.versie(sessie.getUsername());
            if (versie.isEmpty() || versie.get() != sessie.versie()) {
                Optional<LokaleGebruiker> actueel = gebruikers.vind(sessie.getUsername());
                if (actueel.isEmpty() || !actueel.get().actief()) {
                    beeindig(request, response, INGETROKKEN);
                    return;
                }
                if (actueel.get().wachtwoordversie() != sessie.wachtwoordversie()) {
                    beeindig(request, response, WACHTWOORD_GEWIJZIGD);
                    return;
                }
                vernieuw(actueel.get(), authenticatie, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** Puts the user as stored now in the session, with the new roles and scope. */
    static void vernieuw(
            LokaleGebruiker actueel, Authentication oud, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken nieuw =
                UsernamePasswordAuthenticationToken.authenticated(actueel, null, actueel.getAuthorities());
        nieuw.setDetails(oud.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(nieuw);
        SecurityContextHolder.setContext(context);
        SESSIES.saveContext(context, request, response);
    }

    private static void beeindig(HttpServletRequest request, HttpServletResponse response, String doel)
            throws IOException {
        HttpSession sessie = request.getSession(false);
        if (sessie != null) {
            sessie.invalidate();
        }
        SecurityContextHolder.clearContext();
        String adres = request.getContextPath() + doel;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", adres);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(adres);
        }
    }
}
