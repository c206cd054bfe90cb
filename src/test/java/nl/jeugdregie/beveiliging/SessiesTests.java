package nl.jeugdregie.beveiliging;

import static nl.jeugdregie.beveiliging.Inlogtestdata.STERK_WACHTWOORD;
import static nl.jeugdregie.beveiliging.Inlogtestdata.logIn;
import static nl.jeugdregie.beveiliging.Inlogtestdata.toegang;
import static nl.jeugdregie.beveiliging.Inlogtestdata.uniekAdres;
import static nl.jeugdregie.beveiliging.Inlogtestdata.uniekeNaam;
import static nl.jeugdregie.beveiliging.Inlogtestdata.vanAdres;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Set;
import nl.jeugdregie.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A change of a user's rights reaches the sessions already open at their next request: the security
 * version in the database is compared on every request, so it works the same on every node.
 */
@JeugdregieTest
class SessiesTests {

    static final String NIEUW_WACHTWOORD = "blauwe olifant zwemt traag";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    LokaleGebruikers gebruikers;

    @Test
    void aDeactivatedUserIsLoggedOutAtTheNextPageRequest() {
        String naam = uniekeNaam("te.deactiveren");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);
        MockHttpSession sessie = logIn(mvc, naam, STERK_WACHTWOORD, uniekAdres());
        assertThat(mvc.get().uri("/").session(sessie)).hasStatusOk();

        gebruikers.wijzig(toegang(naam, "0153"), false);

        assertThat(mvc.get().uri("/").session(sessie)).hasRedirectedUrl(Sessiecontrole.INGETROKKEN);
        assertThat(sessie.isInvalid()).isTrue();
        assertThat(mvc.get().uri(Sessiecontrole.INGETROKKEN))
                .hasStatusOk()
                .bodyText()
                .contains("U bent uitgelogd, omdat uw toegang tot Jeugdregie is ingetrokken.");
    }

    @Test
    void aMoveToAnotherGemeenteAppliesAtOnceInTheOpenSession() {
        String naam = uniekeNaam("verhuizer");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);
        MockHttpSession sessie = logIn(mvc, naam, STERK_WACHTWOORD, uniekAdres());
        assertThat(mvc.get().uri("/").session(sessie)).bodyText().contains("Enschede");

        gebruikers.wijzig(toegang(naam, "0164"), true);

        assertThat(mvc.get().uri("/").session(sessie))
                .hasStatusOk()
                .bodyText()
                .contains("Hengelo")
                .doesNotContain("Enschede");
    }

    @Test
    void aRoleTakenAwayNoLongerOpensItsPagesInTheOpenSession() {
        String naam = uniekeNaam("oud.beheerder");
        Gebruiker beheerder = new Gebruiker(naam, "Oud Beheerder", "Regio", Set.of(Rol.BEHEERDER), Set.of(), null);
        gebruikers.voegToe(beheerder, STERK_WACHTWOORD);
        MockHttpSession sessie = logIn(mvc, naam, STERK_WACHTWOORD, uniekAdres());
        assertThat(mvc.get().uri("/beheer/gebruikers").session(sessie)).hasStatusOk();

        gebruikers.wijzig(new Gebruiker(naam, "Oud Beheerder", "Regio", Set.of(Rol.ANALIST), Set.of(), null), true);

        assertThat(mvc.get().uri("/beheer/gebruikers").session(sessie)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/").session(sessie)).hasStatusOk().bodyText().contains("Analist");
    }

    @Test
    void aPasswordSetByTheBeheerderLogsTheUserOut() {
        String naam = uniekeNaam("nieuw.wachtwoord");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);
        MockHttpSession sessie = logIn(mvc, naam, STERK_WACHTWOORD, uniekAdres());

        gebruikers.zetWachtwoord(naam, NIEUW_WACHTWOORD);

        assertThat(mvc.get().uri("/").session(sessie)).hasRedirectedUrl(Sessiecontrole.WACHTWOORD_GEWIJZIGD);
        assertThat(mvc.get().uri(Sessiecontrole.WACHTWOORD_GEWIJZIGD))
                .bodyText()
                .contains("U bent uitgelogd, omdat uw wachtwoord is gewijzigd.");
    }

    @Test
    void anHtmxRequestOfAnEndedSessionIsSentToTheLoginPage() {
        String naam = uniekeNaam("htmx.gebruiker");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);
        MockHttpSession sessie = logIn(mvc, naam, STERK_WACHTWOORD, uniekAdres());

        gebruikers.wijzig(toegang(naam, "0153"), false);

        assertThat(mvc.get().uri("/").header("HX-Request", "true").session(sessie))
                .hasStatus(HttpStatus.NO_CONTENT)
                .hasHeader("HX-Redirect", Sessiecontrole.INGETROKKEN);
    }

    @Test
    void aUserChangesTheirOwnPasswordAndStaysLoggedInWhileOtherSessionsEnd() {
        String naam = uniekeNaam("eigen.wachtwoord");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);
        String adres = uniekAdres();
        MockHttpSession hier = logIn(mvc, naam, STERK_WACHTWOORD, adres);
        MockHttpSession elders = logIn(mvc, naam, STERK_WACHTWOORD, adres);
        assertThat(mvc.get().uri("/account/wachtwoord").session(hier))
                .hasStatusOk()
                .bodyText()
                .contains("Huidig wachtwoord", "Nieuw wachtwoord nog een keer");

        assertThat(mvc.post()
                        .uri("/account/wachtwoord")
                        .session(hier)
                        .with(csrf())
                        .with(vanAdres(adres))
                        .param("huidig", STERK_WACHTWOORD)
                        .param("nieuw", NIEUW_WACHTWOORD)
                        .param("herhaling", NIEUW_WACHTWOORD))
                .hasRedirectedUrl("/account/wachtwoord");

        assertThat(mvc.get().uri("/").session(hier)).hasStatusOk();
        assertThat(mvc.get().uri("/").session(elders)).hasRedirectedUrl(Sessiecontrole.WACHTWOORD_GEWIJZIGD);
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic(naam, NIEUW_WACHTWOORD)))
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/v1/mij")
                        .with(httpBasic(naam, STERK_WACHTWOORD))
                        .with(vanAdres(adres)))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theOwnPasswordPageRefusesAWrongCurrentPasswordAndAWeakOrMismatchedNewOne() {
        String naam = uniekeNaam("zwak.wachtwoord");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);
        String adres = uniekAdres();
        MockHttpSession sessie = logIn(mvc, naam, STERK_WACHTWOORD, adres);

        assertThat(mvc.post()
                        .uri("/account/wachtwoord")
                        .session(sessie)
                        .with(csrf())
                        .with(vanAdres(adres))
                        .param("huidig", "niet het goede wachtwoord")
                        .param("nieuw", "aaaaaaaaaaaa")
                        .param("herhaling", "iets anders"))
                .hasStatusOk()
                .bodyText()
                .contains("Het huidige wachtwoord klopt niet.")
                .contains("Dit wachtwoord is te makkelijk te raden.")
                .contains("De twee nieuwe wachtwoorden zijn niet gelijk.")
                .doesNotContain("aaaaaaaaaaaa");
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic(naam, STERK_WACHTWOORD)))
                .hasStatusOk();
    }

    @Test
    void theApiRefusesADeactivatedUserAtOnce() {
        String naam = uniekeNaam("api.gebruiker");
        gebruikers.voegToe(toegang(naam, "0153"), STERK_WACHTWOORD);
        String adres = uniekAdres();
        assertThat(mvc.get()
                        .uri("/api/v1/mij")
                        .with(httpBasic(naam, STERK_WACHTWOORD))
                        .with(vanAdres(adres)))
                .hasStatusOk();

        gebruikers.wijzig(toegang(naam, "0153"), false);

        assertThat(mvc.get()
                        .uri("/api/v1/mij")
                        .with(httpBasic(naam, STERK_WACHTWOORD))
                        .with(vanAdres(adres)))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
