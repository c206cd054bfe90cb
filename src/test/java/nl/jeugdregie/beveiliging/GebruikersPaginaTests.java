package nl.jeugdregie.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.jeugdregie.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

@JeugdregieTest
class GebruikersPaginaTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    LokaleGebruikers gebruikers;

    @Test
    void beheerderAddsAToegangUserWhoThenSeesOnlyHisGemeente() {
        assertThat(nieuweGebruiker("hengelo.medewerker")
                        .param("rollen", "TOEGANG")
                        .param("gemeenten", "0164")
                        .param("wachtwoord", "lang-genoeg-wachtwoord"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/beheer/gebruikers");
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic("hengelo.medewerker", "lang-genoeg-wachtwoord")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.zichtbareGemeenten")
                .asArray()
                .containsExactly("0164");
    }

    @Test
    void toegangUserWithoutGemeenteIsRefusedAndNotStored() {
        assertThat(nieuweGebruiker("zonder.gemeente")
                        .param("rollen", "TOEGANG")
                        .param("wachtwoord", "lang-genoeg-wachtwoord"))
                .hasStatusOk()
                .bodyText()
                .contains("Een medewerker toegang hoort bij ten minste één gemeente");
        assertThat(gebruikers.vind("zonder.gemeente")).isEmpty();
    }

    @Test
    void aanbiederUserNeedsAValidAgbCode() {
        assertThat(nieuweGebruiker("aanbieder.fout")
                        .param("rollen", "AANBIEDER")
                        .param("aanbieder", "1234")
                        .param("wachtwoord", "lang-genoeg-wachtwoord"))
                .hasStatusOk()
                .bodyText()
                .contains("AGB-code moet uit precies 8 cijfers bestaan");
        assertThat(gebruikers.vind("aanbieder.fout")).isEmpty();
    }

    @Test
    void shortPasswordIsRefused() {
        assertThat(nieuweGebruiker("kort.wachtwoord").param("rollen", "ANALIST").param("wachtwoord", "kort"))
                .hasStatusOk()
                .bodyText()
                .contains("Het wachtwoord moet ten minste 12 tekens hebben");
        assertThat(gebruikers.vind("kort.wachtwoord")).isEmpty();
    }

    @Test
    void blockedUserCannotLogIn() {
        nieuweGebruiker("te.blokkeren")
                .param("rollen", "ANALIST")
                .param("wachtwoord", "lang-genoeg-wachtwoord")
                .exchange();
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic("te.blokkeren", "lang-genoeg-wachtwoord")))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/beheer/gebruikers/te.blokkeren")
                        .with(user("b").roles("BEHEERDER"))
                        .with(csrf())
                        .param("gebruikersnaam", "te.blokkeren")
                        .param("naam", "Te Blokkeren")
                        .param("organisatie", "Regio")
                        .param("rollen", "ANALIST")
                        .param("_actief", "on"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic("te.blokkeren", "lang-genoeg-wachtwoord")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlyBeheerderManagesUsers() {
        assertThat(mvc.get().uri("/beheer/gebruikers").with(user("t").roles("BACKOFFICE")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/beheer/gebruikers").with(user("b").roles("BEHEERDER")))
                .hasStatusOk()
                .bodyText()
                .contains("toegang", "aanbieder");
    }

    private MockMvcRequestBuilder nieuweGebruiker(String naam) {
        return mvc.post()
                .uri("/beheer/gebruikers/nieuw")
                .with(user("b").roles("BEHEERDER"))
                .with(csrf())
                .param("gebruikersnaam", naam)
                .param("naam", "Nieuwe Gebruiker")
                .param("organisatie", "Gemeente");
    }
}
