package nl.jeugdregie.inkoop;

import static nl.jeugdregie.inkoop.InkoopFixtures.afgerond;
import static nl.jeugdregie.inkoop.InkoopFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.platform.Paginering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

@JeugdregieTest
class WachttijdImportTests {

    static final RequestPostProcessor INKOOP = httpBasic("inkoop", "demo");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    WachttijdService wachttijden;

    @Autowired
    WachttijdImportService importService;

    private long aantal() {
        return wachttijden
                .zoek(WachttijdService.Filter.alles(), WachttijdService.Sortering.AANBIEDER, Paginering.van(1, 1))
                .totaal();
    }

    private JsonNode importeer(byte[] feed, boolean proef) {
        return afgerond(
                mvc,
                mvc.post()
                        .uri("/api/v1/wachttijden/import?proef=" + proef)
                        .with(INKOOP)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(feed)
                        .exchange(),
                INKOOP);
    }

    /** Every line of the import with this outcome, over all pages of the API. */
    private List<JsonNode> regels(JsonNode status, String uitkomst) {
        List<JsonNode> regels = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode pagina = json(mvc.get()
                    .uri(status.get("regelsUri").asString() + "?uitkomst=" + uitkomst + "&pageSize=100&page=" + page)
                    .with(INKOOP)
                    .exchange());
            pagina.values().forEach(regels::add);
            if (pagina.size() < 100) {
                return regels;
            }
        }
    }

    private int uitkomst(JsonNode status, String uitkomst) {
        JsonNode aantal = status.get("uitkomsten").get(uitkomst);
        return aantal == null ? 0 : aantal.asInt();
    }

    @Test
    void importsThePublishedTwenteFeedAndReportsEveryLine() throws Exception {
        byte[] feed = Files.readAllBytes(InkoopFixtures.gedeeld("data/twente_wachttijden_aanbieders.json"));

        long voor = aantal();
        JsonNode proef = importeer(feed, true);
        assertThat(proef.get("status").asString()).isEqualTo("KLAAR");
        assertThat(proef.get("proef").asBoolean()).isTrue();
        assertThat(aantal()).as("a trial stores nothing").isEqualTo(voor);

        JsonNode verslag = importeer(feed, false);
        assertThat(verslag.get("status").asString()).isEqualTo("KLAAR");
        int geimporteerd = uitkomst(verslag, "NIEUW") + uitkomst(verslag, "BIJGEWERKT");
        assertThat(verslag.get("regels").asInt()).isEqualTo(151);
        assertThat(verslag.get("verwerkt").asInt()).isEqualTo(151);
        assertThat(verslag.get("procent").asInt()).isEqualTo(100);
        assertThat(uitkomst(proef, "NIEUW") + uitkomst(proef, "BIJGEWERKT")).isEqualTo(geimporteerd);
        // with the demo register: 44 linked lines stored, 65 of providers the register does not know, 21 without
        // a usable waiting time (e.g. "In overleg" or nothing at all), 21 for adults
        assertThat(geimporteerd).isEqualTo(44);
        assertThat(uitkomst(verslag, "NIET_GEKOPPELD")).isEqualTo(65);
        assertThat(uitkomst(verslag, "FOUT")).isEqualTo(21);
        assertThat(uitkomst(verslag, "OVERGESLAGEN"))
                .as("adult care is left out")
                .isEqualTo(21);
        assertThat(aantal()).isEqualTo(voor + uitkomst(verslag, "NIEUW"));

        List<JsonNode> nietGekoppeld = regels(verslag, "NIET_GEKOPPELD");
        assertThat(nietGekoppeld).hasSize(65);
        assertThat(nietGekoppeld)
                .anySatisfy(m -> assertThat(m.get("toelichting").asString())
                        .isEqualTo("Aanbieder 'Het Speelbos' staat niet in het aanbiedersregister"));
        assertThat(regels(verslag, "FOUT"))
                .anySatisfy(m -> assertThat(m.get("toelichting").asString()).contains("Geen wachttijd"));
        assertThat(regels(verslag, "NIEUW"))
                .as("a line linked by another name shows the aanbieder of the register")
                .anySatisfy(m -> assertThat(m.get("onderwerp").asString()).isEqualTo("99000008 Youz"));

        // another name of an aanbieder links to it; the feed's numbers are kept
        assertThat(wachttijden
                        .zoek(
                                new WachttijdService.Filter(
                                        new AgbCode("99000008"),
                                        "Poli Twente jeugd",
                                        null,
                                        null,
                                        null,
                                        null,
                                        false,
                                        false),
                                WachttijdService.Sortering.AANBIEDER,
                                Paginering.van(1, 10))
                        .items())
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.wekenTotIntake()).isEqualByComparingTo("12");
                    assertThat(w.wekenTotStart()).isEqualByComparingTo("0");
                    assertThat(w.bevestigdOp()).isEqualTo(LocalDate.of(2026, 3, 2));
                });
        assertThat(wachttijden
                        .zoek(
                                new WachttijdService.Filter(
                                        new AgbCode("99000011"), null, null, null, null, null, false, false),
                                WachttijdService.Sortering.AANBIEDER,
                                Paginering.van(1, 10))
                        .items())
                .as("Stichting Pluryn links to Pluryn")
                .isNotEmpty();

        Importverslag nogmaals = importService.importeer(feed, false);
        assertThat(nogmaals.aantal(Importuitkomst.NIEUW)).isZero();
        assertThat(nogmaals.aantal(Importuitkomst.BIJGEWERKT)).isEqualTo(geimporteerd);
        assertThat(nogmaals.regels()).hasSize(151);
    }

    @Test
    void importsACsvFeedByAgbCodeAndReportsBadLines() {
        String csv = """
                agb;aanbieder;productcode;aanbod;locatie;weken_tot_intake;weken_tot_start;vrije_plaatsen;bevestigd_op
                99000001;Demo Jeugdhulp;45A48;CSV-aanbod;Hengelo;3;1;2;2026-02-20
                99000001;Demo Jeugdhulp;;CSV-groep;;"6–8 wk";;;2026-02-20
                1234;Kapot;;CSV-fout;;3;;;2026-02-20
                12345678;Onbekend;;CSV-onbekend;;3;;;2026-02-20
                99000001;Demo Jeugdhulp;;CSV-negatief;;-4;;;2026-02-20
                99000001;Demo Jeugdhulp;;CSV-toekomst;;2;;;2026-05-01
                """;
        Importverslag verslag = importService.importeer(csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(verslag.opgeslagen()).isEqualTo(3);
        assertThat(verslag.regels(Importuitkomst.NIET_GEKOPPELD))
                .extracting(Importregel::regel)
                .containsExactly(4);
        assertThat(verslag.regels(Importuitkomst.FOUT))
                .extracting(Importregel::regel)
                .containsExactly(3, 5);
        assertThat(verslag.regels())
                .filteredOn(r -> r.uitkomst().isOpgeslagen() && r.toelichting() != null)
                .extracting(Importregel::regel)
                .containsExactly(6);
        assertThat(verslag.regels())
                .filteredOn(r -> r.regel() == 6)
                .singleElement()
                .extracting(Importregel::toelichting)
                .isEqualTo("datum 01-05-2026 ligt na de importdatum, bevestigd op de importdatum");
        Wachttijd groep = wachttijden
                .zoek(
                        new WachttijdService.Filter(
                                InkoopFixtures.DEMO, "CSV-groep", null, null, null, null, false, false),
                        WachttijdService.Sortering.AANBIEDER,
                        Paginering.van(1, 1))
                .items()
                .get(0);
        assertThat(groep.wekenTotIntake()).isEqualByComparingTo(new BigDecimal("7.0"));
        assertThat(groep.bron()).isEqualTo(Wachttijdbron.IMPORT);
    }

    @Test
    void linesWithAnAgbCodeShowTheCodeAndTheRegisteredNameNeverNoAanbieder() {
        String csv = """
                agb;aanbod;doelgroep;weken_tot_intake;bevestigd_op
                99000001;Alleen-AGB;jeugd;3;2026-02-20
                12345678;Alleen-AGB onbekend;jeugd;3;2026-02-20
                99000002;Alleen-AGB volwassenen;volwassenen;3;2026-02-20
                1234;Alleen-AGB kapot;jeugd;3;2026-02-20
                ;Zonder aanbieder;jeugd;3;2026-02-20
                """;
        Importverslag verslag = importService.importeer(csv.getBytes(StandardCharsets.UTF_8), true);
        assertThat(verslag.regels())
                .extracting(Importregel::regel, Importregel::onderwerp, Importregel::uitkomst)
                .containsExactly(
                        tuple(1, "99000001 Demo Jeugdhulp", Importuitkomst.NIEUW),
                        tuple(2, "12345678", Importuitkomst.NIET_GEKOPPELD),
                        tuple(3, "99000002 Ambiq", Importuitkomst.OVERGESLAGEN),
                        tuple(4, "1234", Importuitkomst.FOUT),
                        tuple(5, "(geen aanbieder)", Importuitkomst.FOUT));
        assertThat(verslag.regels().get(0).omschrijving()).isEqualTo("Alleen-AGB");
    }

    @Test
    void aBrokenFileIsRefusedWithItsReasonAndStoresNothing() {
        long voor = aantal();
        JsonNode status = afgerond(
                mvc,
                mvc.post()
                        .uri("/api/v1/wachttijden/import")
                        .with(INKOOP)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rows\": [ {\"p\": \"Ambiq\", \"i\": 3 ")
                        .exchange(),
                INKOOP);
        assertThat(status.get("status").asString()).isEqualTo("GEWEIGERD");
        assertThat(status.get("melding").asString())
                .startsWith("Het bestand is niet ingelezen, er is niets opgeslagen: Het bestand is geen geldige JSON");
        assertThat(mvc.post()
                        .uri("/api/v1/wachttijden/import")
                        .with(httpBasic("aanbieder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(status.get("regelsUri").asString()).with(httpBasic("aanbieder", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/api/v1/importen/" + java.util.UUID.randomUUID())
                        .with(INKOOP))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(aantal()).isEqualTo(voor);
    }
}
