package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.Declaraties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The validator page and the API say what is wrong in the aanbieder's language: amounts in euros, the prestatie and
 * the jeugdige by name, why a date does not exist, and what a file is when it is no iJw message.
 */
@JeugdregieTest
class ValidatieTaalTests {

    static final String ZIP = "Dit is een zip-bestand (of een Excel- of Word-bestand), geen iJw-bericht.";

    @Autowired
    MockMvcTester mvc;

    @Test
    void pageShowsAmountsInEurosAndNamesThePrestatie() {
        String jw323 = new String(BerichtSchrijver.bytes(Declaraties.jw323(2, 2)), StandardCharsets.UTF_8)
                .replace("<ijw:TotaalBedrag>20000<", "<ijw:TotaalBedrag>58000<")
                .replaceFirst("<jw323:Eenheid>04<", "<jw323:Eenheid>83<");

        assertThat(upload(jw323.getBytes(StandardCharsets.UTF_8)))
                .hasStatusOk()
                .bodyText()
                .contains("JW323 heeft 3 bevindingen.")
                .contains("Declaratie DN2026001: TotaalIngediendBedrag is € 580,00, maar de ingediende bedragen van de"
                        + " prestaties zijn samen € 200,00")
                .contains("Prestatie R1 van jeugdige met BSN eindigend op 0010: Bij eenheid euro")
                .contains("het ingediende bedrag is € 50,00")
                .contains("/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/IngediendBedrag/Bedrag")
                .doesNotContain("58000)", "(20000");
    }

    @Test
    void pageExplainsAnImpossibleDate() {
        assertThat(upload(Startberichten.start(
                        "99000001", "0153", "TAAL-1", "999990019", 1001, "2026-02-01", "2027-06-31")))
                .hasStatusOk()
                .bodyText()
                .contains("Begindatum 2027-06-31 bestaat niet: juni heeft 30 dagen")
                .contains("voldoet niet aan het XSD");
    }

    @Test
    void pageNamesAZipFileAndAFileInAnotherEncoding() {
        assertThat(upload(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}))
                .hasStatusOk()
                .bodyText()
                .contains(ZIP)
                .doesNotContain("Dit is geen iJw 3.2-bericht:");
        assertThat(upload(new String(Startberichten.start("TAAL-2"), StandardCharsets.UTF_8)
                        .getBytes(StandardCharsets.UTF_16LE)))
                .hasStatusOk()
                .bodyText()
                .contains("Het bestand heeft 1 bevinding.", "Het bestand is opgeslagen als UTF-16 (Unicode)");
    }

    @Test
    void pageNamesAnEmptyFile() {
        assertThat(upload(new byte[0]))
                .hasStatusOk()
                .bodyText()
                .contains("Het bestand bericht.xml is leeg (0 bytes); er staat geen iJw-bericht in.");
    }

    @Test
    void apiNamesAZipFileAndExplainsAnImpossibleDate() {
        assertThat(stuur(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains(ZIP);
        assertThat(stuur(Startberichten.start(
                        "99000001", "0153", "TAAL-3", "999990019", 1001, "2026-02-01", "2026-02-29")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Begindatum 2026-02-29 bestaat niet: 2026 is geen schrikkeljaar");
    }

    private MvcTestResult upload(byte[] inhoud) {
        return mvc.post()
                .uri("/ijw/validatie")
                .multipart()
                .file(new MockMultipartFile("bestand", "bericht.xml", "application/xml", inhoud))
                .session(new MockHttpSession())
                .with(user("a").roles("AANBIEDER"))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult stuur(byte[] inhoud) {
        return mvc.post()
                .uri("/api/v1/berichten")
                .with(httpBasic("aanbieder", "demo"))
                .contentType(MediaType.APPLICATION_XML)
                .content(inhoud)
                .exchange();
    }
}
