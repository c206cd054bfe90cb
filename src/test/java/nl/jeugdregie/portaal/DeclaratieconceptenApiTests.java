package nl.jeugdregie.portaal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.AgbCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The concept declaratie through the API, as aanbieder software uses it (clock: 2 March 2026; 45A48 at € 84,00 per
 * hour; care from Monday 9 February): make, correct after the expected findings, refused while a line would be
 * rejected, sent once, and read back with the gemeente's answer per line.
 */
@JeugdregieTest
class DeclaratieconceptenApiTests {

    static final String CONCEPTEN = "/api/v1/declaraties/concepten";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    PortaalFixtures fixtures;
    AgbCode aanbieder;

    @BeforeEach
    void eenGestarteToewijzing() {
        fixtures = new PortaalFixtures(context);
        aanbieder = fixtures.aanbiederMetContract();
        fixtures.gestart(fixtures.toewijzing(aanbieder), LocalDate.of(2026, 2, 9));
    }

    @Test
    void aConceptIsMadeCorrectedSentOnceAndAnswered() throws Exception {
        MvcTestResult gemaakt = maak("{\"gemeente\":\"0153\",\"maand\":\"2026-02\"}");
        assertThat(gemaakt).hasStatus(201);
        String json = gemaakt.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        assertThat(gemaakt.getResponse().getHeader("Location")).isEqualTo(CONCEPTEN + "/" + id);
        assertThat((Object) JsonPath.read(json, "$.stand")).isEqualTo("CONCEPT");
        assertThat((Object) JsonPath.read(json, "$.totaal")).isEqualTo(100800);
        assertThat((Object) JsonPath.read(json, "$.verstuurbaar")).isEqualTo(true);
        assertThat((Object) JsonPath.read(json, "$.regels[0].volume")).isEqualTo(12);
        assertThat((Object) JsonPath.read(json, "$.regels[0].tarief")).isEqualTo(8400);
        assertThat((Object) JsonPath.read(json, "$.regels[0].jeugdige")).isEqualTo("L. de Vries");
        assertThat((Object) JsonPath.read(json, "$.regels[0].beoordeling")).isEqualTo("VERWACHT_GOEDGEKEURD");

        MvcTestResult nogmaals = maak("{\"gemeente\":\"0153\",\"maand\":\"2026-02\"}");
        assertThat(nogmaals).hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo((int) id);

        assertThat(corrigeer(id, 20))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.regels[0].beoordeling")
                .isEqualTo("VERWACHT_AFGEKEURD");
        MvcTestResult geweigerd = dienIn(id);
        assertThat(geweigerd).hasStatus(400);
        String probleem = geweigerd.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat((Object) JsonPath.read(probleem, "$.invalidParams[0].name")).isEqualTo("regels[0]");
        assertThat((String) JsonPath.read(probleem, "$.invalidParams[0].code")).matches("\\d{4}");
        assertThat(jw323s()).isZero();

        assertThat(corrigeer(id, 10))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.totaal")
                .isEqualTo(84000);
        MvcTestResult verstuurd = dienIn(id);
        assertThat(verstuurd).hasStatus(202);
        assertThat(verstuurd.getResponse().getHeader("Location")).isEqualTo(CONCEPTEN + "/" + id);
        assertThat(verstuurd).bodyJson().extractingPath("$.stand").isEqualTo("VERSTUURD");
        assertThat(dienIn(id)).hasStatus(202);
        assertThat(jw323s()).as("sending twice sends one message").isEqualTo(1);
        assertThat(corrigeer(id, 12)).hasStatus(400);

        fixtures.verwerk();

        String antwoord = mvc.get()
                .uri(CONCEPTEN + "/{id}", id)
                .with(Testgebruikers.aanbiederVan(aanbieder))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat((Object) JsonPath.read(antwoord, "$.stand")).isEqualTo("BEANTWOORD");
        assertThat((Object) JsonPath.read(antwoord, "$.verzending.status")).isEqualTo("VERWERKT");
        assertThat((String) JsonPath.read(antwoord, "$.verzending.retour")).isNotBlank();
        assertThat((List<?>) JsonPath.read(antwoord, "$.regels[?(@.beoordeling == 'GOEDGEKEURD')]"))
                .hasSize(1);
    }

    @Test
    void badRequestsGetDutchProblemsAndAnotherAanbiederNothing() throws Exception {
        assertThat(maak("{\"gemeente\":\"0153\",\"maand\":\"2026-13\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("jaar en maand");
        assertThat(maak("{\"gemeente\":\"0363\",\"maand\":\"2026-02\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("hoort niet bij de regio");
        assertThat(maak("{\"gemeente\":\"0153\",\"maand\":\"2027-01\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("januari 2027");
        long id = JsonPath.<Number>read(
                        maak("{\"gemeente\":\"0153\",\"maand\":\"2026-02\"}")
                                .getResponse()
                                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
                        "$.id")
                .longValue();
        assertThat(corrigeer(id, -1)).hasStatus(400).bodyText().contains("heel getal");

        AgbCode ander = PortaalFixtures.nieuweAanbieder();
        assertThat(mvc.get().uri(CONCEPTEN + "/{id}", id).with(Testgebruikers.aanbiederVan(ander)))
                .hasStatus(404);
        assertThat(mvc.post().uri(CONCEPTEN + "/{id}/indienen", id).with(Testgebruikers.aanbiederVan(ander)))
                .hasStatus(404);
        assertThat(mvc.get().uri(CONCEPTEN + "/{id}", id).with(Testgebruikers.metRol("TOEGANG")))
                .hasStatus(403);
        assertThat(jw323s()).isZero();
    }

    private MvcTestResult maak(String json) {
        return mvc.post()
                .uri(CONCEPTEN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(Testgebruikers.aanbiederVan(aanbieder))
                .exchange();
    }

    private MvcTestResult corrigeer(long id, long volume) {
        return mvc.put()
                .uri(CONCEPTEN + "/{id}/regels/1", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"volume\":" + volume + "}")
                .with(Testgebruikers.aanbiederVan(aanbieder))
                .exchange();
    }

    private MvcTestResult dienIn(long id) {
        return mvc.post()
                .uri(CONCEPTEN + "/{id}/indienen", id)
                .with(Testgebruikers.aanbiederVan(aanbieder))
                .exchange();
    }

    private long jw323s() {
        return jdbc.sql("select count(*) from berichtenverkeer.bericht where berichttype = 'JW323' and afzender = :agb")
                .param("agb", aanbieder.value())
                .query(Long.class)
                .single();
    }
}
