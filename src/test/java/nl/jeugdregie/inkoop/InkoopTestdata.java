package nl.jeugdregie.inkoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.jeugdregie.kern.AgbCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Users, shared sources and the import status for the inkoop tests. */
final class InkoopTestdata {

    /** The demo aanbieder of the demo user {@code aanbieder}. */
    static final AgbCode DEMO = new AgbCode("99000001");

    /** Another demo aanbieder (Ambiq), a strategic partner. */
    static final AgbCode ANDER = new AgbCode("99000002");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InkoopTestdata() {}

    /** A signed-in AANBIEDER user of the given aanbieder, as an identity provider's token would carry it. */
    static RequestPostProcessor aanbiederVan(AgbCode agb) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject("medewerker-" + agb)
                        .claim("roles", List.of("AANBIEDER"))
                        .claim("agb", agb.value()))
                .authorities(new SimpleGrantedAuthority("ROLE_AANBIEDER"));
    }

    /** A signed-in user with one regional role (INKOOP, TOEGANG, ...), as an identity provider's token would carry it. */
    static RequestPostProcessor metRol(String rol) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(rol.toLowerCase(java.util.Locale.ROOT)).claim("roles", List.of(rol)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + rol));
    }

    /**
     * Waits until the import that answered {@code gestart} (202 with its Location) is no longer running, and returns
     * its status as the API gives it.
     */
    static JsonNode afgerond(MockMvcTester mvc, MvcTestResult gestart, RequestPostProcessor gebruiker) {
        assertThat(gestart).hasStatus(HttpStatus.ACCEPTED).containsHeader("Location");
        String status = URI.create(gestart.getResponse().getHeader("Location")).getPath();
        return await().atMost(Duration.ofMinutes(2))
                .until(
                        () -> json(mvc.get().uri(status).with(gebruiker).exchange()),
                        s -> !s.get("status").asString().equals("BEZIG"));
    }

    static JsonNode json(MvcTestResult antwoord) {
        try {
            return JSON.readTree(antwoord.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file below the shared folder; skips the calling test when it is absent. */
    static Path gedeeld(String relatief) {
        Path shared = Path.of(System.getProperty("jeugdregie.shared", "../shared"));
        Path bestand = shared.resolve(relatief);
        assumeTrue(
                Files.isRegularFile(bestand),
                () -> "Skipped: shared file " + bestand.toAbsolutePath()
                        + " is absent (set -Djeugdregie.shared to the shared folder)");
        return bestand;
    }
}
