package nl.jeugdregie.e2e;

import nl.jeugdregie.JeugdregieTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on the shared embedded PostgreSQL with its demo users and
 * the fixed clock. Every end-to-end test extends this class and adds no configuration of its own, so
 * they all share one Spring context. The OpenAPI document leaves out the test-only resources under
 * {@code /api/v1/proef}, so it is the document the packaged application serves.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "springdoc.paths-to-exclude=/api/v1/proef/**")
@Import(JeugdregieTest.VasteKlok.class)
abstract class DraaiendeApplicatie {

    /** The password of every demo user. */
    static final String DEMO_WACHTWOORD = "demo";

    @LocalServerPort
    int port;

    /** The absolute address of a path on the running application. */
    String url(String pad) {
        return "http://localhost:" + port + pad;
    }
}
