package nl.jeugdregie.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import nl.jeugdregie.JeugdregieTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The Permissions-Policy is on every response: pages, the API (also its errors) and actuator. */
@JeugdregieTest
class BeveiligingsheadersTests {

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @ValueSource(
            strings = {"/inloggen", "/", "/api/v1/openapi.json", "/api/v1/mij", "/actuator/health", "/bestaat-niet"})
    void everyResponseDeniesTheBrowserFeaturesThePlatformNeverUses(String pad) {
        assertThat(mvc.get().uri(pad))
                .headers()
                .hasHeaderSatisfying(
                        "Permissions-Policy",
                        waarde -> assertThat(waarde.get(0))
                                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"));
        assertThat(mvc.get().uri(pad).with(httpBasic("analist", "demo")))
                .headers()
                .containsHeader("Permissions-Policy");
    }
}
