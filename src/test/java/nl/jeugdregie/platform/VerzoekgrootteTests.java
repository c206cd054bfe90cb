package nl.jeugdregie.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.jeugdregie.JeugdregieTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every path that takes a file refuses a body just over the limit before reading it: the message endpoints (API, page
 * upload, validator) and both imports of inkoop (wachttijden feed and product list, API and page). A body without a
 * length is read up to the limit and no further.
 */
@JeugdregieTest
class VerzoekgrootteTests {

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @CsvSource({
        "/api/v1/berichten, application/xml, aanbieder",
        "/api/v1/producten/import, application/json, inkoop",
        "/api/v1/wachttijden/import, text/csv, inkoop"
    })
    void anApiBodyAnnouncedOverTheLimitIsRefusedUnread(String pad, String type, String gebruiker) throws Exception {
        int grootte = (int) VerzoekgrootteFilter.MAXIMUM + 1;

        MvcTestResult antwoord = mvc.post()
                .uri(pad)
                .with(httpBasic(gebruiker, "demo"))
                .contentType(type)
                .content(new byte[grootte])
                .exchange();

        assertTeGroot(antwoord);
        assertThat(antwoord.getRequest().getInputStream().available()).isEqualTo(grootte);
    }

    @ParameterizedTest
    @CsvSource({
        "/berichten, aanbieder",
        "/ijw/validatie, backoffice",
        "/inkoop/producten/import, inkoop",
        "/wachttijden/import, inkoop"
    })
    void aPageUploadAnnouncedOverTheLimitIsRefusedUnread(String pad, String gebruiker) throws Exception {
        int grootte = (int) (VerzoekgrootteFilter.MAXIMUM + VerzoekgrootteFilter.FORMULIERMARGE) + 1;

        MvcTestResult antwoord = mvc.post()
                .uri(pad)
                .with(httpBasic(gebruiker, "demo"))
                .with(csrf())
                .contentType("multipart/form-data; boundary=grens")
                .content(new byte[grootte])
                .exchange();

        assertThat(antwoord).hasStatus(413);
        assertThat(antwoord.getResponse().getErrorMessage()).contains("groter dan 25 MB");
        assertThat(antwoord.getRequest().getInputStream().available()).isEqualTo(grootte);
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/berichten, application/xml, aanbieder", "/api/v1/wachttijden/import, text/csv, inkoop"})
    void anApiBodyWithoutALengthIsReadUpToTheLimitOnly(String pad, String type, String gebruiker) throws Exception {
        int grootte = (int) VerzoekgrootteFilter.MAXIMUM + 1024 * 1024;

        MvcTestResult antwoord = mvc.perform(context -> {
            MockHttpServletRequest verzoek = new MockHttpServletRequest(context, "POST", pad) {
                @Override
                public int getContentLength() {
                    return -1;
                }

                @Override
                public long getContentLengthLong() {
                    return -1;
                }
            };
            verzoek.setContentType(type);
            verzoek.setContent(new byte[grootte]);
            verzoek.addHeader(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
            return verzoek;
        });

        assertTeGroot(antwoord);
        // Read one byte past the limit, and not the rest.
        assertThat(antwoord.getRequest().getInputStream().available())
                .isEqualTo(grootte - (int) VerzoekgrootteFilter.MAXIMUM - 1);
    }

    /** 413 as problem+json, explained in Dutch. */
    private static void assertTeGroot(MvcTestResult antwoord) {
        assertThat(antwoord)
                .hasStatus(413)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("groter dan 25 MB", "niet in behandeling genomen");
    }
}
