package nl.jeugdregie.portaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.platform.Tabel;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Uploading prestaties in the browser and through the API (clock: 2 March 2026; 45A48 at € 84,00 per hour): the form
 * and template on the declaraties page, the progress page that opens the concept, every error of a refused file, and
 * the API's 201 with the concept or 400 with an error per row and column.
 */
@JeugdregieTest
class PrestatieUploadPaginaTests {

    static final String UPLOADS = "/api/v1/declaraties/concepten/uploads";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    AgbCode aanbieder;
    ToegewezenProduct toewijzing;
    RequestPostProcessor wie;

    @BeforeEach
    void eenGestarteToewijzing() {
        PortaalFixtures fixtures = new PortaalFixtures(context);
        aanbieder = fixtures.aanbiederMetContract();
        toewijzing = fixtures.gestart(fixtures.toewijzing(aanbieder), LocalDate.of(2026, 2, 9));
        wie = Testgebruikers.aanbiederVan(aanbieder);
    }

    @Test
    void theFormAndTemplateAreOnTheDeclaratiesPage() {
        assertThat(mvc.get().uri("/portaal/declaraties").with(wie))
                .hasStatusOk()
                .bodyText()
                .contains("Prestaties uploaden (CSV of XLSX)")
                .contains("enctype=\"multipart/form-data\"")
                .contains("/portaal/declaraties/sjabloon.csv");
        MvcTestResult sjabloon =
                mvc.get().uri("/portaal/declaraties/sjabloon.csv").with(wie).exchange();
        assertThat(sjabloon)
                .hasStatusOk()
                .hasHeader("Content-Disposition", "attachment; filename=\"prestaties-sjabloon.csv\"");
        assertThat(new String(sjabloon.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF" + Prestatiebestand.KOPREGEL + "\r\n");
    }

    @Test
    void anUploadedWorkbookShowsProgressAndOpensAsAConcept() throws Exception {
        byte[] xlsx = new Tabel(
                        "Prestaties",
                        Arrays.asList(Prestatiebestand.KOPREGEL.split(";")),
                        List.of(Arrays.asList(
                                toewijzing.client().value(),
                                toewijzing.nummer().value(),
                                null,
                                LocalDate.of(2026, 2, 2),
                                LocalDate.of(2026, 2, 28),
                                12,
                                null,
                                null,
                                null,
                                null)))
                .xlsx();
        String pagina = start(new MockMultipartFile("bestand", "februari.xlsx", Tabel.XLSX, xlsx));
        assertThat(mvc.get().uri(pagina + "/voortgang").with(wie)).hasStatusOk();
        await().atMost(Duration.ofMinutes(1))
                .until(() ->
                        mvc.get().uri(pagina).with(wie).exchange().getResponse().getStatus() == 302);
        assertThat(mvc.get().uri(pagina + "/voortgang").with(wie)).hasStatusOk().hasHeader("HX-Refresh", "true");
        MvcTestResult klaar = mvc.get().uri(pagina).with(wie).exchange();
        String concept = klaar.getResponse().getRedirectedUrl();
        assertThat(concept).matches("/portaal/declaraties/\\d+");
        assertThat(mvc.get().uri(concept).with(wie))
                .hasStatusOk()
                .bodyText()
                .contains("L. de Vries")
                .contains("€ 1.008,00")
                .contains("Wordt naar verwachting goedgekeurd");

        AgbCode ander = PortaalFixtures.nieuweAanbieder();
        assertThat(mvc.get().uri(pagina).with(Testgebruikers.aanbiederVan(ander)))
                .hasStatus(404);
    }

    @Test
    void aRefusedFileListsEveryErrorAndStoresNothing() {
        String pagina = start(csv("02-02-2026;31-02-2026", "99999999x"));
        await().atMost(Duration.ofMinutes(1))
                .until(() -> mvc.get()
                        .uri(pagina + "/voortgang")
                        .with(wie)
                        .exchange()
                        .getResponse()
                        .containsHeader("HX-Refresh"));
        assertThat(mvc.get().uri(pagina).with(wie))
                .hasStatusOk()
                .bodyText()
                .contains("Het bestand is niet ingelezen, er is niets opgeslagen: 2 fouten.")
                .contains("Rij 2, kolom Einddatum: 31-02-2026 bestaat niet: februari 2026 heeft 28 dagen.")
                .contains("Rij 2, kolom Volume: &#39;99999999x&#39; is geen heel getal");

        MvcTestResult zonderBestand = mvc.post()
                .uri("/portaal/declaraties/uploads")
                .param("gemeente", "0153")
                .param("maand", "2026-02")
                .with(wie)
                .with(csrf())
                .exchange();
        assertThat(zonderBestand).hasRedirectedUrl("/portaal/declaraties");
        assertThat(zonderBestand.getMvcResult().getFlashMap().get("fout").toString())
                .contains("Kies een CSV- of Excel-bestand");
    }

    @Test
    void theApiAnswersTheConceptOrEveryErrorPerRowAndColumn() throws Exception {
        MvcTestResult gemaakt = api(csv("02-02-2026;28-02-2026", "12"));
        assertThat(gemaakt).hasStatus(201);
        String json = gemaakt.getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        assertThat(gemaakt.getResponse().getHeader("Location")).isEqualTo("/api/v1/declaraties/concepten/" + id);
        assertThat((Object) JsonPath.read(json, "$.stand")).isEqualTo("CONCEPT");
        assertThat((Object) JsonPath.read(json, "$.regels[0].bedrag")).isEqualTo(100800);
        assertThat((Object) JsonPath.read(json, "$.regels[0].tarief")).isEqualTo(8400);
        assertThat((String) JsonPath.read(json, "$.regels[0].referentienummer")).startsWith("JU");

        MvcTestResult geweigerd = api(csv("02-02-2026;31-02-2026", "99999999x"));
        assertThat(geweigerd).hasStatus(400);
        assertThat(geweigerd.getResponse().getContentType()).startsWith("application/problem+json");
        String probleem = geweigerd.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(probleem, "$.invalidParams[*].name"))
                .containsExactly("rijen[1].einddatum", "rijen[1].volume");
        assertThat((String) JsonPath.read(probleem, "$.invalidParams[0].reason"))
                .isEqualTo("Rij 2, kolom Einddatum: 31-02-2026 bestaat niet: februari 2026 heeft 28 dagen.");

        MvcTestResult pdf = api(new MockMultipartFile(
                "bestand", "f.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertThat(pdf).hasStatus(400);
        assertThat((String) JsonPath.read(
                        pdf.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.invalidParams[0].reason"))
                .contains("PDF");
    }

    private MockMultipartFile csv(String periode, String volume) {
        String inhoud = Prestatiebestand.KOPREGEL + "\n" + toewijzing.client().value() + ";"
                + toewijzing.nummer().value() + ";;" + periode + ";" + volume
                + ";;;;\n";
        return new MockMultipartFile("bestand", "f.csv", "text/csv", inhoud.getBytes(StandardCharsets.UTF_8));
    }

    private String start(MockMultipartFile bestand) {
        MvcTestResult gestart = mvc.post()
                .uri("/portaal/declaraties/uploads")
                .multipart()
                .file(bestand)
                .param("gemeente", "0153")
                .param("maand", "2026-02")
                .with(wie)
                .with(csrf())
                .exchange();
        assertThat(gestart).hasStatus3xxRedirection();
        String pagina = gestart.getResponse().getRedirectedUrl();
        assertThat(pagina).matches("/portaal/declaraties/uploads/[0-9a-f-]{36}");
        return pagina;
    }

    private MvcTestResult api(MockMultipartFile bestand) {
        return mvc.post()
                .uri(UPLOADS)
                .multipart()
                .file(bestand)
                .param("gemeente", "0153")
                .param("maand", "2026-02")
                .with(wie)
                .exchange();
    }
}
