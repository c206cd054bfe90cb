package nl.jeugdregie.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.jeugdregie.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@JeugdregieTest
class BeveiligingTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void apiWithoutCredentialsAnswersUnauthorizedAsProblem() {
        assertThat(mvc.get().uri("/api/v1/mij"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasHeader("API-Version", "1.0.0")
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Niet ingelogd");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic("toegang", "fout")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest
    @CsvSource({
        "beheerder,BEHEERDER",
        "backoffice,BACKOFFICE",
        "inkoop,INKOOP",
        "analist,ANALIST",
        "toegang,TOEGANG",
        "aanbieder,AANBIEDER"
    })
    void everyDemoUserKnowsItsRole(String gebruiker, String rol) {
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic(gebruiker, "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.rollen[0]")
                .isEqualTo(rol);
    }

    @Test
    void toegangUserIsScopedToItsOwnGemeente() {
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic("toegang", "demo")))
                .bodyJson()
                .extractingPath("$.zichtbareGemeenten")
                .asArray()
                .containsExactly("0153");
        assertThat(mvc.get().uri("/api/v1/proef/gemeenten/0153").with(httpBasic("toegang", "demo")))
                .hasStatusOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0164", "0141", "0758", "0363"})
    void toegangUserCannotReachAnotherGemeente(String gemeente) {
        assertThat(mvc.get().uri("/api/v1/proef/gemeenten/" + gemeente).with(httpBasic("toegang", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void backofficeSeesEveryGemeenteOfTheRegionAndNoOther() {
        assertThat(mvc.get().uri("/api/v1/mij").with(httpBasic("backoffice", "demo")))
                .bodyJson()
                .extractingPath("$.zichtbareGemeenten")
                .asArray()
                .hasSize(14)
                .contains("0153", "0164", "0141")
                .doesNotContain("0758");
        assertThat(mvc.get().uri("/api/v1/proef/gemeenten/0164").with(httpBasic("backoffice", "demo")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/proef/gemeenten/0758").with(httpBasic("backoffice", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void analistAndAanbiederSeeNoGemeenteCaseData() {
        assertThat(mvc.get().uri("/api/v1/proef/gemeenten/0153").with(httpBasic("analist", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/proef/gemeenten/0153").with(httpBasic("aanbieder", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aanbiederIsScopedToItsOwnAgbCode() {
        assertThat(mvc.get().uri("/api/v1/proef/aanbieders/99000001").with(httpBasic("aanbieder", "demo")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/proef/aanbieders/12345678").with(httpBasic("aanbieder", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/proef/aanbieders/12345678").with(httpBasic("inkoop", "demo")))
                .hasStatusOk();
    }

    @Test
    void pagesAskForLoginAndLoginWorks() {
        assertThat(mvc.get().uri("/"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/inloggen");
        assertThat(mvc.post()
                        .uri("/inloggen")
                        .param("username", "toegang")
                        .param("password", "demo")
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/");
        assertThat(mvc.post()
                        .uri("/inloggen")
                        .param("username", "toegang")
                        .param("password", "verkeerd")
                        .with(csrf()))
                .hasRedirectedUrl("/inloggen?fout");
    }

    @Test
    void loginPageIsDutchAndCarriesSecurityHeaders() {
        assertThat(mvc.get().uri("/inloggen"))
                .hasStatusOk()
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasHeader("X-Frame-Options", "DENY")
                .headers()
                .hasHeaderSatisfying(
                        "Content-Security-Policy",
                        csp -> assertThat(csp.get(0))
                                .contains("frame-ancestors 'none'")
                                .contains("default-src 'self'"));
        assertThat(mvc.get().uri("/inloggen")).bodyText().contains("Inloggen", "Wachtwoord", "lang=\"nl\"");
    }

    @Test
    void strictTransportSecurityBehindTls() {
        assertThat(mvc.get().uri("https://localhost/inloggen").secure(true))
                .headers()
                .containsHeader("Strict-Transport-Security");
    }

    @Test
    void startPageShowsTheRoleAndScope() {
        assertThat(mvc.get().uri("/").with(user(lokaal("toegang"))))
                .hasStatusOk()
                .bodyText()
                .contains("Welkom, Tom Toegang", "Enschede", "Toegang");
    }

    @Test
    void healthIsPublicAndMetricsAreForBeheerderOnly() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("analist", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("beheerder", "demo")))
                .hasStatusOk();
    }

    @Autowired
    LokaleGebruikers gebruikers;

    private LokaleGebruiker lokaal(String naam) {
        return gebruikers.vind(naam).orElseThrow();
    }
}
