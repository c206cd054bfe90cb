package nl.jeugdregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Logregel;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toegangslog.Zoekvraag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running application behind a TLS proxy on this machine (a trusted, loopback proxy): the
 * original scheme and client address come from {@code X-Forwarded-Proto} and {@code X-Forwarded-For}.
 * HSTS and Secure cookies only when the original request was HTTPS.
 */
class AchterDeProxyTests extends DraaiendeApplicatie {

    final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    Toegangslog toegangslog;

    @Test
    void aRequestThatArrivedAsHttpsGetsHstsAndASecureSessionCookie() throws IOException, InterruptedException {
        HttpResponse<String> antwoord = http.send(
                HttpRequest.newBuilder(URI.create(url("/inloggen")))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.10")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(antwoord.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));
        assertThat(antwoord.headers().firstValue("Permissions-Policy")).isPresent();
    }

    @Test
    void aPlainHttpRequestGetsNoHstsAndNoSecureCookie() throws IOException, InterruptedException {
        HttpResponse<String> antwoord = http.send(
                HttpRequest.newBuilder(URI.create(url("/inloggen"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(antwoord.headers().allValues("Set-Cookie"))
                .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
        assertThat(antwoord.headers().firstValue("Permissions-Policy")).isPresent();
    }

    @Test
    void aFailedLoginBehindTheProxyIsCountedAndLoggedForTheOriginalClientAddress()
            throws IOException, InterruptedException {
        String naam = "proxy.onbekend";
        HttpResponse<String> antwoord = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/mij")))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.44")
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString((naam + ":fout").getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(antwoord.statusCode()).isEqualTo(401);
        List<Logregel> regels = toegangslog
                .zoek(new Zoekvraag(naam, null, null, Actie.INLOGGEN_MISLUKT, null), new Paginering(1, 10))
                .items();
        assertThat(regels).singleElement().extracting(Logregel::toelichting).isEqualTo("API, adres 203.0.113.44");
    }
}
