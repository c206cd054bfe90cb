package nl.jeugdregie.toegangslog;

import static nl.jeugdregie.beveiliging.Inlogtestdata.STERK_WACHTWOORD;
import static nl.jeugdregie.beveiliging.Inlogtestdata.uniekAdres;
import static nl.jeugdregie.beveiliging.Inlogtestdata.uniekeNaam;
import static nl.jeugdregie.beveiliging.Inlogtestdata.vanAdres;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.beveiliging.Inlogtestdata;
import nl.jeugdregie.beveiliging.ToegangGeweigerd;
import nl.jeugdregie.platform.Paginering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Failed logins and refused access are recorded in the toegangslog and can be searched there. */
@JeugdregieTest
class BeveiligingsgebeurtenissenTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Toegangslog toegangslog;

    @Autowired
    ApplicationEventPublisher gebeurtenissen;

    @Autowired
    PlatformTransactionManager transacties;

    @Test
    void everyFailedLoginIsRecordedWithTheNameAsTypedTheAddressAndTheReason() {
        String bestaand = maakGebruiker("inlogger");
        String inactief = maakGebruiker("inactief");
        mvc.post()
                .uri("/beheer/gebruikers/" + inactief)
                .with(user("b").roles("BEHEERDER"))
                .with(csrf())
                .param("gebruikersnaam", inactief)
                .param("naam", "Ina Actief")
                .param("organisatie", "Regio")
                .param("rollen", "ANALIST")
                .param("_actief", "on")
                .exchange();
        String onbekend = uniekeNaam("Niemand");
        String adres = uniekAdres();

        inloggen(onbekend, "wat dan ook", adres);
        inloggen(inactief, STERK_WACHTWOORD, adres);
        for (int i = 0; i < 5; i++) {
            inloggen(bestaand, "fout " + i, adres);
        }
        inloggen(bestaand, STERK_WACHTWOORD, adres);

        assertThat(mislukt(onbekend)).singleElement().satisfies(regel -> {
            assertThat(regel.gegevens()).isEqualTo("onbekende gebruiker");
            assertThat(regel.toelichting()).isEqualTo("inlogpagina, adres " + adres);
            assertThat(regel.jeugdige()).isEmpty();
        });
        assertThat(mislukt(inactief)).extracting(Logregel::gegevens).containsExactly("gebruiker is niet actief");
        assertThat(mislukt(bestaand))
                .extracting(Logregel::gegevens)
                .containsExactly(
                        "tijdelijk geblokkeerd na te veel mislukte pogingen",
                        "onjuist wachtwoord",
                        "onjuist wachtwoord",
                        "onjuist wachtwoord",
                        "onjuist wachtwoord",
                        "onjuist wachtwoord");
        assertThat(toegangslog.controleer().intact()).isTrue();
    }

    @Test
    void aFailedApiLoginIsRecordedToo() {
        String naam = uniekeNaam("api.inlogger");
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic(naam, "fout")).with(vanAdres("198.51.100.23")))
                .hasStatus(HttpStatus.UNAUTHORIZED);

        assertThat(mislukt(naam))
                .singleElement()
                .extracting(Logregel::toelichting)
                .isEqualTo("API, adres 198.51.100.23");
    }

    @Test
    void aRefusedGemeenteIsRecordedAlthoughTheRequestsTransactionRolledBack() {
        assertThat(mvc.post().uri("/api/v1/proef/weigering/0164").with(httpBasic("toegang", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);

        List<Logregel> geweigerd = zoek("toegang", Actie.TOEGANG_GEWEIGERD);
        assertThat(geweigerd).isNotEmpty();
        Logregel regel = geweigerd.get(0);
        assertThat(regel.gegevens()).isEqualTo("Geen toegang tot gegevens van gemeente 0164");
        assertThat(regel.toelichting()).startsWith("POST /api/v1/proef/weigering/0164, adres ");
        assertThat(regel.rollen()).isEqualTo("TOEGANG");
        assertThat(regel.organisatie()).isEqualTo("Gemeente Enschede");
        assertThat(zoek("toegang", Actie.RAADPLEGEN))
                .extracting(Logregel::gegevens)
                .doesNotContain("proefdossier 0164");
        assertThat(toegangslog.controleer().intact()).isTrue();
    }

    @Test
    void aRefusedPageAndARefusedApiResourceAreRecorded() {
        assertThat(mvc.get()
                        .uri("/beheer/gebruikers")
                        .with(user("weigering.pagina").roles("BACKOFFICE")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/toegangslog").with(httpBasic("analist", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(zoek("weigering.pagina", Actie.TOEGANG_GEWEIGERD))
                .extracting(Logregel::gegevens)
                .contains("Pagina GET /beheer/gebruikers");
        assertThat(zoek("analist", Actie.TOEGANG_GEWEIGERD))
                .extracting(Logregel::gegevens)
                .contains("API-resource GET /api/v1/toegangslog");
    }

    @Test
    void aRefusalPublishedInsideATransactionThatHoldsTheChainIsRecordedAfterTheRollback() {
        assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> new TransactionTemplate(transacties).executeWithoutResult(status -> {
                    toegangslog.registreer(
                            new Gebeurtenis(WeigeringProefApi.BSN, Actie.WIJZIGEN, "wordt teruggedraaid", null, null));
                    gebeurtenissen.publishEvent(new ToegangGeweigerd(
                            "binnen.transactie", "TOEGANG", "Gemeente", "Geen toegang tot proefgegevens", "proef"));
                    status.setRollbackOnly();
                }));

        assertThat(zoek("binnen.transactie", Actie.TOEGANG_GEWEIGERD))
                .extracting(Logregel::gegevens)
                .containsExactly("Geen toegang tot proefgegevens");
        assertThat(toegangslog.controleer().intact()).isTrue();
    }

    @Test
    void theSecurityEventsAreSearchableByActionOnThePageAndInTheApi() {
        String naam = uniekeNaam("zoekbaar");
        inloggen(naam, "fout", uniekAdres());

        assertThat(mvc.get()
                        .uri("/beheer/toegangslog?actie=inloggen-mislukt&gebruiker=" + naam)
                        .with(user("beheerder").roles("BEHEERDER")))
                .hasStatusOk()
                .bodyText()
                .contains("Inloggen mislukt", "onbekende gebruiker", naam);
        assertThat(mvc.get().uri("/beheer/toegangslog").with(user("beheerder").roles("BEHEERDER")))
                .bodyText()
                .contains("Toegang geweigerd");
        assertThat(mvc.get()
                        .uri("/api/v1/toegangslog?actie=inloggen-mislukt&gebruiker=" + naam)
                        .with(httpBasic("beheerder", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].gegevens")
                .isEqualTo("onbekende gebruiker");
    }

    private String maakGebruiker(String begin) {
        String naam = uniekeNaam(begin);
        assertThat(mvc.post()
                        .uri("/beheer/gebruikers/nieuw")
                        .with(user("b").roles("BEHEERDER"))
                        .with(csrf())
                        .param("gebruikersnaam", naam)
                        .param("naam", "Ina Actief")
                        .param("organisatie", "Regio")
                        .param("rollen", "ANALIST")
                        .param("wachtwoord", STERK_WACHTWOORD))
                .hasRedirectedUrl("/beheer/gebruikers");
        return naam;
    }

    private void inloggen(String naam, String wachtwoord, String adres) {
        Inlogtestdata.inloggen(mvc, naam, wachtwoord, adres);
    }

    private List<Logregel> mislukt(String naam) {
        return zoek(naam, Actie.INLOGGEN_MISLUKT);
    }

    private List<Logregel> zoek(String gebruiker, Actie actie) {
        return toegangslog
                .zoek(new Zoekvraag(gebruiker, null, null, actie, null), new Paginering(1, 50))
                .items();
    }
}
