package nl.jeugdregie.toewijzing;

import static nl.jeugdregie.toewijzing.ToewijzingFixtures.AMBULANT;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.ENSCHEDE;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.HENGELO;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.TIEN_UUR_PER_WEEK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.berichtenverkeer.Berichtenketen;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.Testbsn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@JeugdregieTest
class ToewijzingenApiTests {

    private static final RequestPostProcessor TOEGANG_ENSCHEDE = Testgebruikers.als("toegang", "TOEGANG", "0153");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    nl.jeugdregie.inkoop.AanbiederService aanbieders;

    @Autowired
    nl.jeugdregie.inkoop.ContractService contracten;

    @Autowired
    org.springframework.context.ApplicationContext context;

    AgbCode aanbieder;
    Bsn jeugdige;

    /** A fresh aanbieder with one running toewijzing in Enschede and one in Hengelo. */
    @BeforeEach
    void tweeToewijzingen() {
        aanbieder = new AgbCode(
                "9935" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)));
        jeugdige = Testbsn.vanaf(600_000_000L + ThreadLocalRandom.current().nextLong(300_000_000L));
        for (var gemeente : new nl.jeugdregie.kern.GemeenteCode[] {ENSCHEDE, HENGELO}) {
            toewijzingen
                    .wijsToe(new NieuweToewijzing(
                            gemeente,
                            jeugdige,
                            aanbieder,
                            AMBULANT,
                            Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 8, 31)),
                            TIEN_UUR_PER_WEEK,
                            null,
                            null))
                    .waarde();
        }
    }

    @Test
    void listsTheToewijzingenOfTheOwnGemeentenOnly() {
        assertThat(mvc.get()
                        .uri("/api/v1/toewijzingen")
                        .param("aanbieder", aanbieder.value())
                        .with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> assertThat(json.getJson())
                        .contains(
                                "\"gemeente\":\"0153\"",
                                "\"bsn\":\"" + jeugdige.value() + "\"",
                                "\"productcode\":\"45A12\"",
                                "\"ingangsdatum\":\"2026-03-02\"",
                                "\"einddatum\":\"2026-08-31\"",
                                "\"omvang\":{\"volume\":10,\"eenheid\":\"04\",\"frequentie\":\"2\"}",
                                "\"status\":\"actueel\"")
                        .doesNotContain("\"gemeente\":\"0164\""));
        assertThat(mvc.get()
                        .uri("/api/v1/toewijzingen")
                        .param("aanbieder", aanbieder.value())
                        .param("status", "toekomstig")
                        .with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .isEqualTo("[]");
    }

    @Test
    void anotherGemeenteOrAnotherRoleIsRefused() {
        assertThat(mvc.get()
                        .uri("/api/v1/toewijzingen")
                        .param("gemeente", "0164")
                        .with(TOEGANG_ENSCHEDE))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/toewijzingen").with(Testgebruikers.aanbiederVan(aanbieder)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/toewijzingen").with(Testgebruikers.metRol("ANALIST")))
                .hasStatus(403);
    }

    @Test
    void theOpenVerzoekenOfTheOwnGemeentenComeEarliestDeadlineFirst() {
        assertThat(mvc.get().uri("/api/v1/verzoeken").param("pageSize", "5").with(TOEGANG_ENSCHEDE))
                .headers()
                .containsHeaders("X-Total-Count", "Link");
        assertThat(mvc.get().uri("/api/v1/verzoeken").param("pageSize", "5").with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> assertThat(json.getJson())
                        .contains("\"gemeente\":\"0153\"", "\"teLaat\":")
                        .doesNotContain("\"gemeente\":\"0164\""));
        assertThat(mvc.get().uri("/api/v1/verzoeken").with(Testgebruikers.aanbiederVan(aanbieder)))
                .hasStatus(403);
    }

    @Test
    void aDecisionOnAVerzoekThroughTheApi() {
        Werkitem enschede = verzoek(ENSCHEDE);
        Werkitem hengelo = verzoek(HENGELO);

        assertThat(besluit(hengelo, "{\"besluit\":\"onderzoek\"}")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/verzoeken/" + hengelo.id()).with(TOEGANG_ENSCHEDE))
                .hasStatus(404);
        assertThat(besluit(enschede, "{\"besluit\":\"misschien\"}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.invalidParams[0].name")
                .isEqualTo("besluit");
        assertThat(besluit(enschede, "{\"besluit\":\"afwijzen\"}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.invalidParams[0].name")
                .isEqualTo("reden");
        assertThat(besluit(enschede, "{\"besluit\":\"onderzoek\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("in_onderzoek");
        assertThat(besluit(enschede, "{\"besluit\":\"afwijzen\",\"reden\":\"7\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("afgewezen");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult besluit(Werkitem item, String json) {
        return mvc.post()
                .uri("/api/v1/verzoeken/" + item.id() + "/besluit")
                .with(TOEGANG_ENSCHEDE)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private Werkitem verzoek(nl.jeugdregie.kern.GemeenteCode gemeente) {
        if (aanbieders.aanbieder(aanbieder).isEmpty()) {
            nl.jeugdregie.inkoop.InkoopFixtures.aanbiederMetContract(
                    aanbieders, contracten, aanbieder, "Verzoek BV", "45A48", nl.jeugdregie.kern.Bedrag.euro(80));
        }
        Bsn bsn = Testbsn.vanaf(600_000_000L + ThreadLocalRandom.current().nextLong(300_000_000L));
        Berichtenketen keten = new Berichtenketen(context, aanbieder, gemeente, "API" + gemeente.value());
        keten.ontvang(keten.verzoekOmToewijzing(
                bsn,
                "A" + ThreadLocalRandom.current().nextInt(1_000_000),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 8, 31)));
        keten.verwerk();
        return verzoeken.werkvoorraad(java.util.Set.of(gemeente)).stream()
                .filter(w -> w.client().equals(bsn))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anUnknownStatusIsA400NamingTheField() {
        assertThat(mvc.get().uri("/api/v1/toewijzingen").param("status", "open").with(TOEGANG_ENSCHEDE))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.invalidParams[0].name")
                .isEqualTo("status");
    }

    @Test
    void theGemeenteExtendsShortensAndWithdrawsThroughSubResources() {
        ToegewezenProduct t = toewijzingen.vanClient(ENSCHEDE, jeugdige).get(0);
        String adres = "/api/v1/toewijzingen/0153/" + t.nummer().value();
        assertThat(mvc.post()
                        .uri(adres + "/verlenging")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"einddatum\": \"2026-12-31\"}")
                        .with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .contains("\"einddatum\":\"2026-12-31\"", "\"redenWijziging\":\"04\"");
        assertThat(mvc.post()
                        .uri(adres + "/verkorting")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"einddatum\": \"2026-06-30\"}")
                        .with(TOEGANG_ENSCHEDE))
                .as("a verkorting needs its reden")
                .hasStatus(400);
        assertThat(mvc.post()
                        .uri(adres + "/verkorting")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"einddatum\": \"2026-06-30\", \"reden\": \"05\"}")
                        .with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .contains("\"einddatum\":\"2026-06-30\"");
        assertThat(mvc.post()
                        .uri(adres + "/intrekking")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"reden\": \"07\"}")
                        .with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .contains("\"einddatum\":\"2026-03-02\"", "\"redenWijziging\":\"07\"");
        ToegewezenProduct hengelo = toewijzingen.vanClient(HENGELO, jeugdige).get(0);
        assertThat(mvc.post()
                        .uri("/api/v1/toewijzingen/0164/" + hengelo.nummer().value() + "/intrekking")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"reden\": \"07\"}")
                        .with(TOEGANG_ENSCHEDE))
                .as("a toewijzing of another gemeente does not exist for this worker")
                .hasStatus(404);
    }
}
