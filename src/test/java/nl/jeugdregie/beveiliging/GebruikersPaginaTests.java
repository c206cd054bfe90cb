package nl.jeugdregie.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @Test
    void weakPasswordsAreRefusedWithADutchExplanation() {
        assertThat(nieuweGebruiker("herhaling").param("rollen", "ANALIST").param("wachtwoord", "aaaaaaaaaaaa"))
                .hasStatusOk()
                .bodyText()
                .contains("Dit wachtwoord is te makkelijk te raden.");
        assertThat(nieuweGebruiker("zelfde.als.naam").param("rollen", "ANALIST").param("wachtwoord", "zelfde.als.naam"))
                .hasStatusOk()
                .bodyText()
                .contains("Het wachtwoord mag uw gebruikersnaam niet bevatten.");
        assertThat(gebruikers.vind("herhaling")).isEmpty();
        assertThat(gebruikers.vind("zelfde.als.naam")).isEmpty();
    }

    @Test
    void aPasswordOverTheBcryptLimitIsRefusedNotAServerError() {
        assertThat(nieuweGebruiker("heel.lang")
                        .param("rollen", "ANALIST")
                        .param("wachtwoord", "paarse giraffe fietst langzaam ".repeat(3)))
                .hasStatusOk()
                .bodyText()
                .contains("Het wachtwoord is te lang: hoogstens 72 bytes, dit is 93 bytes.");
        assertThat(gebruikers.vind("heel.lang")).isEmpty();
    }

    @Test
    void aWeakNewPasswordForAnExistingUserChangesNothing() {
        nieuweGebruiker("blijft.zo")
                .param("rollen", "ANALIST")
                .param("wachtwoord", "lang-genoeg-wachtwoord")
                .exchange();
        assertThat(wijzigGebruiker("blijft.zo").param("rollen", "INKOOP").param("wachtwoord", "123456789012"))
                .hasStatusOk()
                .bodyText()
                .contains("Dit wachtwoord is te makkelijk te raden.");
        assertThat(gebruikers.vind("blijft.zo").orElseThrow().gebruiker().rollen())
                .containsExactly(Rol.ANALIST);
    }

    @Test
    void aGemeenteOutsideTheRegionIsRefusedByNameAndCode() {
        assertThat(nieuweGebruiker("amsterdammer")
                        .param("rollen", "TOEGANG")
                        .param("gemeenten", "0363")
                        .param("wachtwoord", "lang-genoeg-wachtwoord"))
                .hasStatusOk()
                .bodyText()
                .contains("Gemeente Amsterdam (0363) hoort niet bij de regio Twente van dit platform.");
        assertThat(gebruikers.vind("amsterdammer")).isEmpty();

        nieuweGebruiker("hengeloer")
                .param("rollen", "TOEGANG")
                .param("gemeenten", "0164")
                .param("wachtwoord", "lang-genoeg-wachtwoord")
                .exchange();
        assertThat(wijzigGebruiker("hengeloer")
                        .param("rollen", "TOEGANG")
                        .param("gemeenten", "0164")
                        .param("gemeenten", "0758"))
                .hasStatusOk()
                .bodyText()
                .contains("Gemeente Breda (0758) hoort niet bij de regio Twente van dit platform.");
        assertThat(gebruikers.vind("hengeloer").orElseThrow().gebruiker().gemeenten())
                .extracting(GemeenteCode::value)
                .containsExactly("0164");
    }

    @ParameterizedTest
    @CsvSource({
        "AANBIEDER,BACKOFFICE,De rol Aanbieder staat altijd alleen",
        "AANBIEDER,INKOOP,De rol Aanbieder staat altijd alleen",
        "TOEGANG,BACKOFFICE,Kies Toegang of Backoffice, niet allebei",
        "BEHEERDER,TOEGANG,Een beheerder kent rechten toe en werkt daarom niet zelf in dossiers",
        "BEHEERDER,BACKOFFICE,Een beheerder kent rechten toe en werkt daarom niet zelf in dossiers"
    })
    void rolesThatMayNotBeHeldTogetherAreRefused(String rol, String andereRol, String uitleg) {
        String naam = ("combi." + rol + "." + andereRol).toLowerCase(java.util.Locale.ROOT);
        var verzoek = nieuweGebruiker(naam)
                .param("rollen", rol)
                .param("rollen", andereRol)
                .param("wachtwoord", "lang-genoeg-wachtwoord");
        if (rol.equals("TOEGANG") || andereRol.equals("TOEGANG")) {
            verzoek = verzoek.param("gemeenten", "0153");
        }
        if (rol.equals("AANBIEDER")) {
            verzoek = verzoek.param("aanbieder", "99000001");
        }
        assertThat(verzoek).hasStatusOk().bodyText().contains(uitleg);
        assertThat(gebruikers.vind(naam)).isEmpty();
    }

    @Test
    void inkoopAndAnalistCombineWithARegionalRole() {
        assertThat(nieuweGebruiker("inkoop.analist")
                        .param("rollen", "INKOOP")
                        .param("rollen", "ANALIST")
                        .param("rollen", "BEHEERDER")
                        .param("wachtwoord", "lang-genoeg-wachtwoord"))
                .hasRedirectedUrl("/beheer/gebruikers");
    }

    @Test
    void twoCreationsOfTheSameUserAtTheSameMomentGiveOneUserAndOneConflict() throws Exception {
        for (int ronde = 0; ronde < 5; ronde++) {
            String naam = "tegelijk." + ronde;
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<Integer> aanmaken = () -> {
                start.await(10, TimeUnit.SECONDS);
                return nieuweGebruiker(naam)
                        .param("rollen", "ANALIST")
                        .param("wachtwoord", "lang-genoeg-wachtwoord")
                        .exchange()
                        .getResponse()
                        .getStatus();
            };
            ExecutorService twee = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> antwoorden = twee.invokeAll(List.of(aanmaken, aanmaken));
                List<Integer> statussen = new ArrayList<>();
                for (Future<Integer> antwoord : antwoorden) {
                    statussen.add(antwoord.get(30, TimeUnit.SECONDS));
                }
                assertThat(statussen).containsExactlyInAnyOrder(302, 409);
            } finally {
                twee.shutdownNow();
            }
            assertThat(gebruikers.vind(naam)).isPresent();
        }
        assertThat(nieuweGebruiker("tegelijk.0")
                        .param("rollen", "ANALIST")
                        .param("wachtwoord", "lang-genoeg-wachtwoord"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Gebruiker tegelijk.0 bestaat al.");
    }

    private MockMvcRequestBuilder wijzigGebruiker(String naam) {
        return mvc.post()
                .uri("/beheer/gebruikers/" + naam)
                .with(user("b").roles("BEHEERDER"))
                .with(csrf())
                .param("gebruikersnaam", naam)
                .param("naam", "Nieuwe Gebruiker")
                .param("organisatie", "Gemeente")
                .param("actief", "true")
                .param("_actief", "on");
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
