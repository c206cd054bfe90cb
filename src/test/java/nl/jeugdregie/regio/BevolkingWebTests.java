package nl.jeugdregie.regio;

import static nl.jeugdregie.Testgebruikers.metRol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The page /beheer/bevolking and the API /api/v1/bevolking, as BEHEERDER, ANALIST and a role without access. */
@JeugdregieTest
class BevolkingWebTests {

    static final GemeenteCode HOF_VAN_TWENTE = new GemeenteCode("1735");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Bevolkingscijfers bevolking;

    static MockMultipartFile bestand(String csv) {
        return new MockMultipartFile("bestand", "03759ned.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    MvcTestResult upload(String adres, String csv, RequestPostProcessor gebruiker) {
        return mvc.post()
                .uri(adres)
                .multipart()
                .file(bestand(csv))
                .with(gebruiker)
                .with(csrf())
                .exchange();
    }

    @Test
    void analistSeesTheCountsOfTheRegionWithTheEstimatesMarkedButNoUpload() {
        assertThat(mvc.get().uri("/beheer/bevolking").with(metRol("ANALIST")))
                .hasStatusOk()
                .bodyText()
                .contains("Inwoners van 0 tot en met 17 jaar", "Enschede (0153)", "29.972", "schatting", "Bronnen")
                .doesNotContain("CBS-cijfers inlezen");
        assertThat(mvc.get().uri("/beheer/bevolking?jeugdregio=JZ13").with(metRol("ANALIST")))
                .hasStatusOk()
                .bodyText()
                .contains("Amsterdam (0363)")
                .doesNotContain("Enschede (0153)");
    }

    @Test
    void otherRolesSeeNothingAndOnlyBeheerderUploads() {
        assertThat(mvc.get().uri("/beheer/bevolking").with(metRol("INKOOP"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/bevolking?gemeente=0153").with(metRol("TOEGANG")))
                .hasStatus(HttpStatus.FORBIDDEN);
        String csv = BevolkingsbestandTest.metLabels("Hof van Twente", "2023", 1);
        assertThat(upload("/beheer/bevolking/import", csv, metRol("ANALIST"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(upload("/api/v1/bevolking/importen", csv, metRol("ANALIST")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void beheerderUploadsAndThePageShowsTheExactCountNextToTheEstimate() {
        assertThat(mvc.get().uri("/beheer/bevolking").with(metRol("BEHEERDER")))
                .hasStatusOk()
                .bodyText()
                .contains("CBS-cijfers inlezen");

        assertThat(upload(
                        "/beheer/bevolking/import",
                        BevolkingsbestandTest.metLabels("Hof van Twente", "2023", 1000),
                        metRol("BEHEERDER")))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/beheer/bevolking")
                .flash()
                .containsEntry(
                        "succes",
                        "Ingelezen: de inwoners van 0 tot en met 17 jaar van 1 gemeente op 01-01-2023 (27 andere"
                                + " regels overgeslagen).");

        assertThat(bevolking.jeugd0tot17(HOF_VAN_TWENTE, 2023)).hasValueSatisfying(j -> {
            assertThat(j.aantal()).isEqualTo(18_153L);
            assertThat(j.geschat()).isFalse();
        });
        assertThat(mvc.get().uri("/beheer/bevolking").with(metRol("ANALIST")))
                .hasStatusOk()
                .bodyText()
                .contains("2023", "18.153", "CBS 03759ned");
    }

    @Test
    void aRefusedUploadShowsEveryLineThatIsWrongAndStoresNothing() {
        String csv = BevolkingsbestandTest.metLabels("Hof van Twente", "2022", 50)
                .replace(
                        "\"4 jaar\";\"Totaal burgerlijke staat\";\"Hof van Twente\"",
                        "\"vier\";\"Totaal burgerlijke staat\";\"Hof van Twente\"");

        assertThat(upload("/beheer/bevolking/import", csv, metRol("BEHEERDER")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Het bestand is niet ingelezen",
                        "Er is niets opgeslagen",
                        "Regel 12: leeftijd &#39;vier&#39; is onbekend",
                        "Bestand: Hof van Twente (1735), 01-01-2022: de leeftijd 4 ontbreekt");
        assertThat(bevolking.jeugd0tot17(HOF_VAN_TWENTE, 2022)).isEmpty();

        assertThat(upload("/beheer/bevolking/import", "", metRol("BEHEERDER")))
                .hasStatusOk()
                .bodyText()
                .contains("Bestand: Kies een CSV-bestand van CBS-tabel 03759ned om in te lezen");
    }

    @Test
    void theApiGivesTheFiguresOfAGemeenteAndYearWithTheZeroToSeventeenCount() {
        assertThat(mvc.get().uri("/api/v1/bevolking?gemeente=0153&jaar=2025").with(metRol("ANALIST")))
                .hasStatusOk()
                .hasHeader("API-Version", "1.0.0")
                .hasHeader("X-Total-Count", "1")
                .bodyJson()
                .satisfies(
                        json -> assertThat(json)
                                .extractingPath("$[0].gemeentenaam")
                                .isEqualTo("Enschede"),
                        json -> assertThat(json)
                                .extractingPath("$[0].peildatum")
                                .isEqualTo("2025-01-01"),
                        json -> assertThat(json)
                                .extractingPath("$[0].jeugd0tot17.aantal")
                                .isEqualTo(29972),
                        json -> assertThat(json)
                                .extractingPath("$[0].jeugd0tot17.geschat")
                                .isEqualTo(true),
                        json -> assertThat(json)
                                .extractingPath("$[0].cijfers[*].leeftijdsklasse")
                                .asArray()
                                .containsExactly("totaal", "0-14 jaar", "0-17 jaar", "15-24 jaar"));
        assertThat(mvc.get().uri("/api/v1/bevolking?gemeente=GM0153").with(metRol("BEHEERDER")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].jaar")
                .asArray()
                .contains(2024, 2025);
    }

    @Test
    void theApiAnswersBadQuestionsWithDutchProblems() {
        assertThat(mvc.get().uri("/api/v1/bevolking?gemeente=abc").with(metRol("ANALIST")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyText()
                .contains("Gemeentecode moet uit precies 4 cijfers bestaan");
        assertThat(mvc.get().uri("/api/v1/bevolking?gemeente=0002").with(metRol("ANALIST")))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("Gemeente 0002 bestaat niet");
        assertThat(mvc.get().uri("/api/v1/bevolking?jaar=1800").with(metRol("ANALIST")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.invalidParams[0].name")
                .isEqualTo("jaar");
    }

    @Test
    void theApiImportsAFileOrListsEveryBadLine() {
        assertThat(upload(
                        "/api/v1/bevolking/importen",
                        BevolkingsbestandTest.metCodes("GM1735", "2021JJ00", 400),
                        metRol("BEHEERDER")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(
                        json -> assertThat(json)
                                .extractingPath("$.ingelezen[0].gemeente")
                                .isEqualTo("1735"),
                        json -> assertThat(json)
                                .extractingPath("$.ingelezen[0].peildatum")
                                .isEqualTo("2021-01-01"),
                        json -> assertThat(json)
                                .extractingPath("$.ingelezen[0].jeugd0tot17")
                                .isEqualTo(7353),
                        json -> assertThat(json)
                                .extractingPath("$.ingelezen[0].totaal")
                                .isEqualTo(40000));

        String slecht =
                BevolkingsbestandTest.metCodes("GM1735", "2020JJ00", 400) + "x,T001038,10100,T001019,GM1735,2030,5\n";
        assertThat(upload("/api/v1/bevolking/importen", slecht, metRol("BEHEERDER")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .satisfies(
                        json -> assertThat(json)
                                .extractingPath("$.invalidParams[0].name")
                                .isEqualTo("regel 204"),
                        json -> assertThat(json)
                                .extractingPath("$.invalidParams[0].reason")
                                .isEqualTo("Perioden 2030: 1 januari 2030 ligt in de toekomst"));
        assertThat(bevolking.jeugd0tot17(HOF_VAN_TWENTE, 2020)).isEmpty();
    }
}
