package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import nl.jeugdregie.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@JeugdregieTest
class ValidatiePaginaTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void explainsFindingsInDutchAndOffersTheRetour() throws Exception {
        MockHttpSession sessie = new MockHttpSession();
        MvcTestResult antwoord =
                upload(Startberichten.start("99000001", "0153", "VAL-1", "123456789"), sessie, "AANBIEDER");

        assertThat(antwoord).hasStatusOk().bodyText().contains("JW305 heeft", "CS002", "elfproef", "/ijw/validatie/");
        String pagina = antwoord.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = pagina.replaceAll("(?s).*/ijw/validatie/([0-9a-f-]{36})/retour.*", "$1");
        MvcTestResult retour = mvc.get()
                .uri("/ijw/validatie/" + id + "/retour")
                .session(sessie)
                .with(user("a").roles("AANBIEDER"))
                .exchange();
        assertThat(retour).hasStatusOk().bodyText().contains("jw306", "0001");
    }

    @Test
    void validMessageHasNoFindings() {
        assertThat(upload(Startberichten.start("VAL-2"), new MockHttpSession(), "BACKOFFICE"))
                .hasStatusOk()
                .bodyText()
                .contains("JW305 is geldig: geen bevindingen.");
    }

    @Test
    void notAMessageIsExplained() {
        assertThat(upload("geen xml".getBytes(StandardCharsets.UTF_8), new MockHttpSession(), "BACKOFFICE"))
                .hasStatusOk()
                .bodyText()
                .contains("Dit is geen XML-bestand: er staat tekst op regel 1, kolom 1");
    }

    @Test
    void toegangHasNoValidator() {
        assertThat(mvc.get().uri("/ijw/validatie").with(user("t").roles("TOEGANG")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult upload(byte[] inhoud, MockHttpSession sessie, String rol) {
        return mvc.post()
                .uri("/ijw/validatie")
                .multipart()
                .file(new MockMultipartFile("bestand", "bericht.xml", "application/xml", inhoud))
                .session(sessie)
                .with(user("a").roles(rol))
                .with(csrf())
                .exchange();
    }
}
