package nl.jeugdregie.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.kern.GemeenteCode;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Logins as the tests of security need them: each test its own user and its own client address, so
 * the login throttle of one test never counts the failures of another.
 */
public final class Inlogtestdata {

    /** A password that meets the password policy. */
    public static final String STERK_WACHTWOORD = "paarse giraffe fietst langzaam";

    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    private Inlogtestdata() {}

    /** A client address no other test uses (from the documentation range 198.18.0.0/15). */
    public static String uniekAdres() {
        int n = VOLGNUMMER.incrementAndGet();
        return "198.18." + (n / 250) + "." + (1 + n % 250);
    }

    /** A user name no other test uses. */
    public static String uniekeNaam(String begin) {
        return begin + "." + VOLGNUMMER.incrementAndGet();
    }

    /** The request comes from this client address. */
    public static RequestPostProcessor vanAdres(String adres) {
        return request -> {
            request.setRemoteAddr(adres);
            return request;
        };
    }

    /** Posts the login form from this client address. */
    public static MvcTestResult inloggen(MockMvcTester mvc, String naam, String wachtwoord, String adres) {
        return mvc.post()
                .uri("/inloggen")
                .param("username", naam)
                .param("password", wachtwoord)
                .with(csrf())
                .with(vanAdres(adres))
                .exchange();
    }

    /** Logs in on the login page and returns the session. */
    public static MockHttpSession logIn(MockMvcTester mvc, String naam, String wachtwoord, String adres) {
        MvcTestResult antwoord = inloggen(mvc, naam, wachtwoord, adres);
        assertThat(antwoord).hasRedirectedUrl("/");
        return (MockHttpSession) antwoord.getRequest().getSession(false);
    }

    static Gebruiker toegang(String naam, String... gemeenten) {
        return new Gebruiker(
                naam,
                "Tineke Toegang",
                "Gemeente",
                Set.of(Rol.TOEGANG),
                java.util.Arrays.stream(gemeenten).map(GemeenteCode::new).collect(java.util.stream.Collectors.toSet()),
                null);
    }
}
