package nl.jeugdregie.inkoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.math.BigDecimal;
import java.nio.file.Files;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.platform.Paginering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@JeugdregieTest
class WachttijdImportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Test
    void importsThePublishedTwenteFeedAndReportsEveryLine() throws Exception {
        byte[] feed = Files.readAllBytes(InkoopTestdata.gedeeld("data/twente_wachttijden_aanbieders.json"));

        var proef = mvc.post()
                .uri("/api/v1/wachttijden/import?proef=true")
                .with(httpBasic("inkoop", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(feed)
                .exchange();
        assertThat(proef).hasStatusOk();
        long voor = aantal();
        JsonNode proefverslag = JSON.readTree(proef.getResponse().getContentAsString());
        assertThat(proefverslag.get("proef").asBoolean()).isTrue();
        assertThat(aantal()).as("a trial stores nothing").isEqualTo(voor);

        var echt = mvc.post()
                .uri("/api/v1/wachttijden/import")
                .with(httpBasic("inkoop", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(feed)
                .exchange();
        assertThat(echt).hasStatusOk();
        JsonNode verslag = JSON.readTree(echt.getResponse().getContentAsString());
        int regels = verslag.get("regels").asInt();
        int geimporteerd = verslag.get("geimporteerd").asInt();
        int nietGekoppeld = verslag.get("nietGekoppeld").size();
        int fouten = verslag.get("fouten").size();
        int overgeslagen = verslag.get("overgeslagen").size();
        System.out.printf(
                "Twente feed: %d regels, %d geimporteerd (%d nieuw, %d bijgewerkt), %d niet gekoppeld, %d fouten,"
                        + " %d overgeslagen, %d waarschuwingen%n",
                regels,
                geimporteerd,
                verslag.get("nieuw").asInt(),
                verslag.get("bijgewerkt").asInt(),
                nietGekoppeld,
                fouten,
                overgeslagen,
                verslag.get("waarschuwingen").size());
        verslag.get("fouten").values().forEach(f -> System.out.println("  fout " + f));

        assertThat(regels).isEqualTo(151);
        assertThat(geimporteerd + nietGekoppeld + fouten + overgeslagen).isEqualTo(regels);
        assertThat(proefverslag.get("geimporteerd").asInt()).isEqualTo(geimporteerd);
        assertThat(overgeslagen).as("adult care is left out").isEqualTo(21);
        // with the demo register: 44 linked lines stored, 65 of providers the register does not know, 21 without
        // a usable waiting time (e.g. "In overleg" or nothing at all), 21 for adults
        assertThat(geimporteerd).isEqualTo(44);
        assertThat(nietGekoppeld).isEqualTo(65);
        assertThat(fouten).isEqualTo(21);
        assertThat(aantal()).isEqualTo(voor + verslag.get("nieuw").asInt());
        assertThat(verslag.get("nietGekoppeld").values())
                .anySatisfy(m -> assertThat(m.get("reden").asString())
                        .isEqualTo("Aanbieder 'Het Speelbos' staat niet in het aanbiedersregister"));
        assertThat(verslag.get("fouten").values())
                .anySatisfy(m -> assertThat(m.get("reden").asString()).contains("Geen wachttijd"));

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
                    assertThat(w.bevestigdOp()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
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

        var nogmaals = importService.importeer(feed, false);
        assertThat(nogmaals.nieuw()).isZero();
        assertThat(nogmaals.bijgewerkt()).isEqualTo(geimporteerd);
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
        Importverslag verslag = importService.importeer(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
        assertThat(verslag.geimporteerd()).isEqualTo(3);
        assertThat(verslag.nietGekoppeld()).extracting(Importmelding::regel).containsExactly(4);
        assertThat(verslag.fouten()).extracting(Importmelding::regel).containsExactly(3, 5);
        assertThat(verslag.waarschuwingen()).extracting(Importmelding::regel).containsExactly(6);
        Wachttijd groep = wachttijden
                .zoek(
                        new WachttijdService.Filter(
                                InkoopTestdata.DEMO, "CSV-groep", null, null, null, null, false, false),
                        WachttijdService.Sortering.AANBIEDER,
                        Paginering.van(1, 1))
                .items()
                .get(0);
        assertThat(groep.wekenTotIntake()).isEqualByComparingTo(new BigDecimal("7.0"));
        assertThat(groep.bron()).isEqualTo(Wachttijdbron.IMPORT);
    }

    @Test
    void aBrokenFileIsAProblemAndStoresNothing() {
        long voor = aantal();
        assertThat(mvc.post()
                        .uri("/api/v1/wachttijden/import")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rows\": [ {\"p\": \"Ambiq\", \"i\": 3 "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(mvc.post()
                        .uri("/api/v1/wachttijden/import")
                        .with(httpBasic("aanbieder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(aantal()).isEqualTo(voor);
    }
}
