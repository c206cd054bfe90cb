package nl.jeugdregie.beveiliging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.jeugdregie.beveiliging.InlogMislukt.Reden;
import nl.jeugdregie.platform.Api;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks a user name and password against the local user store, for the login page and HTTP Basic
 * alike. Before the password is checked, the throttle is asked ({@link Inlogbegrenzer}); every failure
 * is counted and published as {@link InlogMislukt} with its reason, for the toegangslog. It is the
 * only {@link AuthenticationProvider} bean, so Spring Security uses it instead of its own.
 */
@Component
class Inlogcontrole implements AuthenticationProvider {

    private final DaoAuthenticationProvider wachtwoordcontrole;
    private final Inlogbegrenzer begrenzer;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    Inlogcontrole(
            LokaleGebruikers gebruikers,
            PasswordEncoder passwordEncoder,
            Inlogbegrenzer begrenzer,
            ApplicationEventPublisher gebeurtenissen,
            Clock clock) {
        this.wachtwoordcontrole = new DaoAuthenticationProvider(gebruikers);
        this.wachtwoordcontrole.setPasswordEncoder(passwordEncoder);
        this.wachtwoordcontrole.setHideUserNotFoundExceptions(false);
        this.begrenzer = begrenzer;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication poging) throws AuthenticationException {
        String naam = poging.getName() == null ? "" : poging.getName();
        String adres = adres(poging);
        Optional<Instant> blokkade = begrenzer.geblokkeerdTot(naam, adres);
        if (blokkade.isPresent()) {
            meld(naam, adres, Reden.GEBLOKKEERD);
            throw new Geblokkeerd(Duration.between(clock.instant(), blokkade.get()));
        }
        try {
            Authentication resultaat = wachtwoordcontrole.authenticate(poging);
            begrenzer.geslaagd(naam);
            return resultaat;
        } catch (UsernameNotFoundException e) {
            throw mislukt(naam, adres, Reden.ONBEKEND);
        } catch (DisabledException e) {
            throw mislukt(naam, adres, Reden.INACTIEF);
        } catch (BadCredentialsException e) {
            throw mislukt(naam, adres, Reden.ONJUIST_WACHTWOORD);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Every failure looks the same from outside ("wrong user name or password"), so the answer tells
     * nothing about which accounts exist or are blocked by a beheerder.
     */
    private BadCredentialsException mislukt(String naam, String adres, Reden reden) {
        begrenzer.mislukt(naam, adres);
        meld(naam, adres, reden);
        return new BadCredentialsException("Gebruikersnaam of wachtwoord is onjuist");
    }

    private void meld(String naam, String adres, Reden reden) {
        gebeurtenissen.publishEvent(new InlogMislukt(naam, adres, reden, kanaal()));
    }

    private static String adres(Authentication poging) {
        if (poging.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return null;
    }

    private static String kanaal() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes verzoek) {
            String pad = verzoek.getRequest().getRequestURI();
            if (pad.startsWith(Api.BASIS) || pad.startsWith("/actuator")) {
                return "API";
            }
            if (pad.startsWith(WachtwoordPagina.PAD)) {
                return "wachtwoord wijzigen";
            }
        }
        return "inlogpagina";
    }
}
