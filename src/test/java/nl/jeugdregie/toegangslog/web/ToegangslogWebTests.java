package nl.jeugdregie.toegangslog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Gebeurtenis;
import nl.jeugdregie.toegangslog.Pseudonimisering;
import nl.jeugdregie.toegangslog.Toegangslog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@JeugdregieTest
class ToegangslogWebTests {

    static final Bsn BSN = new Bsn("123456782");
    static final RequestPostProcessor BEHEERDER = user("beheerder").roles("BEHEERDER");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Toegangslog toegangslog;

    @Autowired
    Pseudonimisering pseudonimisering;

    @ParameterizedTest
    @ValueSource(strings = {"TOEGANG", "BACKOFFICE", "INKOOP", "ANALIST", "AANBIEDER"})
    void onlyBeheerderReachesThePageAndTheApi(String rol) {
        var anders = user("iemand").roles(rol);
        assertThat(mvc.get().uri("/beheer/toegangslog").with(anders)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/beheer/toegangslog/controle").with(anders)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/toegangslog").with(anders)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/toegangslog/controle").with(anders)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void beheerderSeesTheLogWithPseudonymsOnly() {
        toegangslog.registreer(Gebeurtenis.van(BSN, Actie.AFDRUKKEN, "beschikking web-test"));

        assertThat(mvc.get().uri("/beheer/toegangslog").with(BEHEERDER))
                .hasStatusOk()
                .bodyText()
                .contains("<caption>Toegangslog, nieuwste eerst", "beschikking web-test", "Keten controleren")
                .contains(pseudonimisering.pseudoniem(BSN).substring(0, 12))
                .doesNotContain(BSN.value());
    }

    @Test
    void searchingByBsnRedirectsToThePseudonymAndNeverShowsTheBsn() {
        toegangslog.registreer(Gebeurtenis.van(BSN, Actie.WIJZIGEN, "hulpvraag web-test"));
        String pseudoniem = pseudonimisering.pseudoniem(BSN);

        var zoek = mvc.post()
                .uri("/beheer/toegangslog")
                .with(BEHEERDER)
                .with(csrf())
                .param("bsn", BSN.value())
                .param("actie", "wijzigen");
        assertThat(zoek)
                .hasStatus(HttpStatus.FOUND)
                .headers()
                .hasHeaderSatisfying(
                        "Location",
                        locatie -> assertThat(locatie.get(0))
                                .contains("jeugdige=" + pseudoniem, "actie=wijzigen")
                                .doesNotContain(BSN.value()));

        assertThat(mvc.get()
                        .uri("/beheer/toegangslog?actie=wijzigen&jeugdige=" + pseudoniem)
                        .with(BEHEERDER))
                .hasStatusOk()
                .bodyText()
                .contains("hulpvraag web-test", "Gefilterd op één jeugdige")
                .doesNotContain(BSN.value());
    }

    @Test
    void anInvalidBsnIsReportedInDutchAndNotEchoed() {
        assertThat(mvc.post()
                        .uri("/beheer/toegangslog")
                        .with(BEHEERDER)
                        .with(csrf())
                        .param("bsn", "123456789")
                        .param("van", "2026-03-05")
                        .param("tot", "2026-03-01"))
                .hasStatusOk()
                .bodyText()
                .contains("voldoet aan de elfproef", "ligt voor de datum")
                .doesNotContain("123456789");
    }

    @Test
    void chainCheckIsShownOnThePageAndAsHtmxFragment() {
        assertThat(mvc.get().uri("/beheer/toegangslog/controle").with(BEHEERDER))
                .hasStatusOk()
                .bodyText()
                .contains("Keten intact", "<h1>Toegangslog</h1>");
        assertThat(mvc.get()
                        .uri("/beheer/toegangslog/controle")
                        .header("HX-Request", "true")
                        .with(BEHEERDER))
                .hasStatusOk()
                .bodyText()
                .contains("Keten intact")
                .doesNotContain("<h1>");
    }

    @Test
    void apiListsEntriesWithPaginationAndChecksTheChain() {
        toegangslog.registreer(Gebeurtenis.van(BSN, Actie.EXPORTEREN, "export api-test"));
        String pseudoniem = pseudonimisering.pseudoniem(BSN);

        assertThat(mvc.get()
                        .uri("/api/v1/toegangslog?actie=exporteren&pageSize=1&jeugdige=" + pseudoniem)
                        .with(httpBasic("beheerder", "demo")))
                .hasStatusOk()
                .hasHeader("API-Version", "1.0.0")
                .headers()
                .containsHeaders("Link", "X-Total-Count");
        assertThat(mvc.get()
                        .uri("/api/v1/toegangslog?actie=exporteren&jeugdige=" + pseudoniem)
                        .with(httpBasic("beheerder", "demo")))
                .bodyJson()
                .extractingPath("$[0].gegevens")
                .isEqualTo("export api-test");
        assertThat(mvc.get().uri("/api/v1/toegangslog/controle").with(httpBasic("beheerder", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.intact")
                .isEqualTo(true);
    }

    @Test
    void apiRejectsInvalidFiltersWithEveryInvalidParam() {
        assertThat(mvc.get()
                        .uri("/api/v1/toegangslog?actie=kijken&jeugdige=123456782&van=2026-03-05&tot=2026-03-01")
                        .with(httpBasic("beheerder", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.invalidParams[*].name")
                .asArray()
                .containsExactlyInAnyOrder("actie", "jeugdige", "tot");
    }
}
