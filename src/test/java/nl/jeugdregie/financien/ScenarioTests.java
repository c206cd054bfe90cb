package nl.jeugdregie.financien;

import static nl.jeugdregie.Testgebruikers.als;
import static nl.jeugdregie.Testgebruikers.metRol;
import static nl.jeugdregie.financien.FinancienFixtures.HAAKSBERGEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Scenario's on the real toewijzingen and contract tariffs (clock: Monday 2 March 2026): the grondslag is the
 * prognose of 2026, the levers project as worked out by hand from it, a saved scenario keeps its figures, bad input is
 * refused in Dutch with nothing stored, and each role reaches what it may.
 */
@JeugdregieTest
class ScenarioTests {

    /** Rijssen-Holten: no other test gives it toewijzingen, so its figures are this class's own. */
    private static final GemeenteCode RIJSSEN_HOLTEN = new GemeenteCode("1742");

    private static final RequestPostProcessor BACKOFFICE = metRol("BACKOFFICE");
    private static final MathContext REKEN = MathContext.DECIMAL64;
    private static final String AMBULANT = Jeugdzorgvorm.AMBULANT.code();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FinancienService financien;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fewerAanbiedersSaveWhatTheDearerOneCostsAboveTheCheapestTariffAsItPhasesIn() {
        AgbCode goedkoop = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        AgbCode duur = new AgbCode("9300" + goedkoop.value().substring(4));
        InkoopFixtures.aanbiederMetContract(
                aanbieders, contracten, duur, "Duurder " + duur, FinancienFixtures.PRODUCT, Bedrag.euro(105));
        FinancienFixtures.tienUurPerWeek(toewijzingen, RIJSSEN_HOLTEN, goedkoop);
        FinancienFixtures.tienUurPerWeek(toewijzingen, RIJSSEN_HOLTEN, duur);
        Bedrag prognose =
                FinancienFixtures.alsBackoffice(() -> financien.beeld(RIJSSEN_HOLTEN, 2026)).hulpvormen().stream()
                        .filter(r -> r.jeugdzorgvorm().equals(AMBULANT))
                        .findFirst()
                        .orElseThrow()
                        .prognose();

        JsonNode s = maak(RIJSSEN_HOLTEN, "{\"maxAanbieders\": \"1\"}", "\"opgaveEurocent\": [\"1\"]");

        JsonNode ambulant = grondslag(s, AMBULANT);
        assertThat(ambulant.get("basisEurocent").asLong()).isEqualTo(prognose.eurocent());
        // The same weeks at € 84 and € 105: the dearer one is 105/189 of the cost and saves 21/105 of it, 1/9.
        BigDecimal duurMaanden = new BigDecimal(ambulant.get("duurMaanden").asString());
        BigDecimal k0 = BigDecimal.valueOf(prognose.eurocent());
        for (int t = 1; t <= 5; t++) {
            BigDecimal inloop = BigDecimal.valueOf(12L * (t - 1) + 6)
                    .divide(duurMaanden, REKEN)
                    .min(BigDecimal.ONE);
            long verwacht = k0.multiply(BigDecimal.ONE.subtract(new BigDecimal("0.11111111").multiply(inloop)))
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            JsonNode jaar = s.get("jaren").get(t - 1);
            assertThat(jaar.get("jaar").asInt()).isEqualTo(2026 + t);
            assertThat(jaar.get("basisEurocent").asLong()).isEqualTo(prognose.eurocent());
            assertThat(jaar.get("scenarioEurocent").asLong()).isEqualTo(verwacht);
            assertThat(bijdrage(jaar, "AANBIEDERS")).isEqualTo(prognose.eurocent() - verwacht);
        }
        assertThat(s.get("jaren").get(1).get("gehaald").asBoolean()).isTrue();
    }

    @Test
    void theGrondslagIsThePrognoseAndEachLeverProjectsAsWorkedOutByHand() {
        AgbCode aanbieder = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        FinancienFixtures.tienUurPerWeek(toewijzingen, HAAKSBERGEN, aanbieder);
        Financieelbeeld beeld = FinancienFixtures.alsBackoffice(() -> financien.beeld(HAAKSBERGEN, 2026));

        JsonNode s = maak(
                HAAKSBERGEN,
                """
                {"minderInstroom": "10", "korterDuur": "5", "indexatie": "2", "verwachteIndexatie": "3",
                 "autonomeGroei": "1"}""",
                "\"investeringEurocent\": \"100000\", \"opgaveEurocent\": [\"1\", \"2\", \"3\", \"4\", \"5\"]");

        for (Hulpvormregel r : beeld.hulpvormen()) {
            if (!r.prognose().isNul()) {
                assertThat(grondslag(s, r.jeugdzorgvorm()).get("basisEurocent").asLong())
                        .as(r.naam())
                        .isEqualTo(r.prognose().eurocent());
            }
        }
        JsonNode tweede = s.get("jaren").get(1);
        long basis = 0;
        long scenario = 0;
        for (JsonNode v : s.get("grondslag")) {
            BigDecimal k0 = BigDecimal.valueOf(v.get("basisEurocent").asLong());
            BigDecimal inloop = new BigDecimal(18)
                    .divide(new BigDecimal(v.get("duurMaanden").asString()), REKEN)
                    .min(BigDecimal.ONE);
            BigDecimal volume = new BigDecimal("1.01").pow(2);
            basis += centen(k0.multiply(volume).multiply(new BigDecimal("1.03").pow(2)));
            scenario += centen(k0.multiply(volume)
                    .multiply(new BigDecimal("1.02").pow(2))
                    .multiply(BigDecimal.ONE.subtract(new BigDecimal("0.10").multiply(inloop)))
                    .multiply(BigDecimal.ONE.subtract(new BigDecimal("0.05").multiply(inloop))));
        }
        assertThat(tweede.get("basisEurocent").asLong()).isEqualTo(basis);
        assertThat(tweede.get("scenarioEurocent").asLong()).isEqualTo(scenario + 100_000);
        assertThat(tweede.get("opgaveEurocent").asLong()).isEqualTo(2);
        long bijdragen = 0;
        for (JsonNode b : tweede.get("bijdragen")) {
            bijdragen += b.get("eurocent").asLong();
        }
        assertThat(bijdragen).isEqualTo(tweede.get("besparingEurocent").asLong());
        assertThat(bijdrage(tweede, "INVESTERING")).isEqualTo(-100_000);

        // Saved with its grondslag: a new toewijzing changes the prognose, not the saved scenario.
        FinancienFixtures.tienUurPerWeek(toewijzingen, HAAKSBERGEN, aanbieder);
        JsonNode later = FinancienFixtures.json(mvc.get()
                .uri("/api/v1/scenarios/" + s.get("id").asLong())
                .with(BACKOFFICE)
                .exchange());
        assertThat(later.get("jaren")).isEqualTo(s.get("jaren"));
        JsonNode lijst = FinancienFixtures.json(mvc.get()
                .uri("/api/v1/scenarios?gemeente=" + HAAKSBERGEN.value())
                .with(BACKOFFICE)
                .exchange());
        List<Long> ids = new ArrayList<>();
        lijst.forEach(n -> ids.add(n.get("id").asLong()));
        assertThat(ids).contains(s.get("id").asLong());
    }

    @Test
    void badInputIsRefusedInDutchAndNothingIsStored() {
        long voor = aantal();
        MvcTestResult antwoord = post("/api/v1/scenarios", """
                {"gemeente": "0158", "naam": "Te veel", "hefbomen": {"korterDuur": "40", "naarPleegzorg": "veel",
                 "maxAanbieders": "0"}, "opgaveEurocent": ["-5"]}""", BACKOFFICE);

        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode fouten = FinancienFixtures.json(antwoord).get("invalidParams");
        List<String> namen = new ArrayList<>();
        fouten.forEach(f -> namen.add(f.get("name").asString()));
        assertThat(namen)
                .containsExactlyInAnyOrder(
                        "hefbomen.korterDuur", "hefbomen.naarPleegzorg", "hefbomen.maxAanbieders", "opgaveEurocent[0]");
        assertThat(fouten.toString()).contains("Kortere duur: 40 % ligt buiten het bereik van 0 tot en met 30 %");
        assertThat(post("/api/v1/scenarios", "{\"gemeente\": \"0158\"}", BACKOFFICE))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post("/api/v1/scenarios", "{\"gemeente\": \"9999\", \"naam\": \"x\"}", BACKOFFICE))
                .hasStatus(HttpStatus.NOT_FOUND);

        JsonNode doorgerekend = FinancienFixtures.json(post(
                "/api/v1/scenarios/doorrekeningen",
                "{\"gemeente\": \"0158\", \"naam\": \"Alleen kijken\", \"hefbomen\": {\"korterDuur\": \"10\"}}",
                BACKOFFICE));
        assertThat(doorgerekend.get("id").asLong()).isZero();
        assertThat(aantal()).isEqualTo(voor);

        String naam = "Dubbel " + FinancienFixtures.referentie();
        maak(HAAKSBERGEN, "{}", "\"naam\": \"" + naam + "\"");
        MvcTestResult dubbel =
                post("/api/v1/scenarios", "{\"gemeente\": \"0158\", \"naam\": \"" + naam + "\"}", BACKOFFICE);
        assertThat(dubbel).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(FinancienFixtures.json(dubbel).toString()).contains("Er is al een scenario");
        assertThat(aantal()).isEqualTo(voor + 1);
    }

    @Test
    void eachRoleReachesOnlyTheScenariosOfItsGemeenten() {
        RequestPostProcessor toegangLosser = als("toegang-losser", "TOEGANG", FinancienFixtures.LOSSER.value());
        RequestPostProcessor toegangHaaksbergen = als("toegang-haaksbergen", "TOEGANG", HAAKSBERGEN.value());
        RequestPostProcessor collega = als("collega-haaksbergen", "TOEGANG", HAAKSBERGEN.value());
        FinancienFixtures.tienUurPerWeek(
                toewijzingen, HAAKSBERGEN, FinancienFixtures.aanbiederMetContract(aanbieders, contracten));
        JsonNode s = FinancienFixtures.json(post(
                "/api/v1/scenarios",
                "{\"gemeente\": \"0158\", \"naam\": \"Eigen " + FinancienFixtures.referentie() + "\"}",
                toegangHaaksbergen));
        long id = s.get("id").asLong();
        assertThat(s.get("door").asString()).isEqualTo("toegang-haaksbergen");

        assertThat(post("/api/v1/scenarios", "{\"gemeente\": \"0158\", \"naam\": \"Niet van mij\"}", toegangLosser))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/scenarios/" + id).with(toegangLosser)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/scenarios?gemeente=0158").with(toegangLosser))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/scenarios/" + id).with(metRol("INKOOP")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/scenarios/" + id).with(metRol("ANALIST")))
                .hasStatusOk();
        assertThat(mvc.delete().uri("/api/v1/scenarios/" + id).with(collega).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.delete()
                        .uri("/api/v1/scenarios/" + id)
                        .with(toegangHaaksbergen)
                        .with(csrf()))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/scenarios/" + id).with(BACKOFFICE)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/scenarios/999999999").with(BACKOFFICE))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePageComputesSavesShowsComparesAndExports() {
        FinancienFixtures.tienUurPerWeek(
                toewijzingen, HAAKSBERGEN, FinancienFixtures.aanbiederMetContract(aanbieders, contracten));
        String pagina = "/financien/scenarios?gemeente=" + HAAKSBERGEN.value();
        assertThat(mvc.get().uri(pagina).with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains("Nieuw scenario", "Kortere duur", "Besparingsopgave per jaar");

        long voor = aantal();
        assertThat(mvc.post()
                        .uri("/financien/scenarios")
                        .with(BACKOFFICE)
                        .with(csrf())
                        .param("gemeente", HAAKSBERGEN.value())
                        .param("actie", "doorrekenen")
                        .param("korterDuur", "40")
                        .param("opgave", "1.000,00"))
                .hasStatusOk()
                .bodyText()
                .contains("Het scenario is niet doorgerekend", "Kortere duur: 40 % ligt buiten het bereik");
        assertThat(mvc.post()
                        .uri("/financien/scenarios")
                        .with(BACKOFFICE)
                        .with(csrf())
                        .param("gemeente", HAAKSBERGEN.value())
                        .param("actie", "doorrekenen")
                        .param("korterDuur", "10")
                        .param("opgave", "1.000,00"))
                .hasStatusOk()
                .bodyText()
                .contains("Doorrekening (niet opgeslagen)", "Besparing per maatregel per jaar", "Grondslag");
        assertThat(aantal()).isEqualTo(voor);

        List<Long> ids = new ArrayList<>();
        for (String naam :
                List.of("Pagina A " + FinancienFixtures.referentie(), "Pagina B " + FinancienFixtures.referentie())) {
            MvcTestResult opgeslagen = mvc.post()
                    .uri("/financien/scenarios")
                    .with(BACKOFFICE)
                    .with(csrf())
                    .param("gemeente", HAAKSBERGEN.value())
                    .param("actie", "opslaan")
                    .param("naam", naam)
                    .param("minderInstroom", "12,5")
                    .exchange();
            assertThat(opgeslagen).hasStatus3xxRedirection();
            String locatie = opgeslagen.getResponse().getRedirectedUrl();
            ids.add(Long.parseLong(locatie.substring(locatie.lastIndexOf('/') + 1)));
            assertThat(mvc.get().uri(locatie).with(BACKOFFICE))
                    .hasStatusOk()
                    .bodyText()
                    .contains(naam, "Minder instroom door een sterker lokaal team", "12,5 %");
        }
        assertThat(mvc.get()
                        .uri("/financien/scenarios/vergelijking?id=" + ids.get(0) + "&id=" + ids.get(1))
                        .with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains("Scenario's vergelijken", "Maatregelen naast elkaar");
        assertThat(mvc.get()
                        .uri("/financien/scenarios/vergelijking?id=" + ids.get(0))
                        .with(BACKOFFICE))
                .hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult xlsx = mvc.get()
                .uri("/financien/scenarios/" + ids.get(0) + ".xlsx")
                .with(BACKOFFICE)
                .exchange();
        assertThat(xlsx).hasStatusOk();
        assertThat(xlsx.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(mvc.get().uri(pagina + "&voorstel=landelijk").with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Er is geen voorstel");
    }

    private JsonNode maak(GemeenteCode gemeente, String hefbomen, String rest) {
        String naam =
                rest.contains("\"naam\"") ? "" : "\"naam\": \"Scenario " + FinancienFixtures.referentie() + "\", ";
        MvcTestResult antwoord = post(
                "/api/v1/scenarios",
                "{\"gemeente\": \"" + gemeente.value() + "\", " + naam + "\"hefbomen\": " + hefbomen + ", " + rest
                        + "}",
                BACKOFFICE);
        assertThat(antwoord).hasStatus(HttpStatus.CREATED);
        JsonNode s = FinancienFixtures.json(antwoord);
        assertThat(antwoord.getResponse().getHeader("Location"))
                .endsWith("/api/v1/scenarios/" + s.get("id").asLong());
        return s;
    }

    private MvcTestResult post(String uri, String json, RequestPostProcessor gebruiker) {
        return mvc.post()
                .uri(uri)
                .with(gebruiker)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.getBytes(StandardCharsets.UTF_8))
                .exchange();
    }

    private long aantal() {
        return jdbc.sql("select count(*) from financien.scenario")
                .query(Long.class)
                .single();
    }

    private static JsonNode grondslag(JsonNode scenario, String vorm) {
        return zoek(scenario.get("grondslag"), "hulpvorm", vorm);
    }

    private static long bijdrage(JsonNode jaar, String soort) {
        return zoek(jaar.get("bijdragen"), "bijdrage", soort).get("eurocent").asLong();
    }

    private static JsonNode zoek(JsonNode lijst, String veld, String waarde) {
        for (JsonNode n : lijst) {
            if (n.get(veld).asString().equals(waarde)) {
                return n;
            }
        }
        throw new AssertionError("Geen " + veld + " " + waarde + " in " + lijst);
    }

    private static long centen(BigDecimal eurocent) {
        return eurocent.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
