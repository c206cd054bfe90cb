package nl.jeugdregie.inkoop;

import static nl.jeugdregie.inkoop.InkoopFixtures.afgerond;
import static nl.jeugdregie.inkoop.InkoopFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@JeugdregieTest
class ProductcatalogusTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor INKOOP = httpBasic("inkoop", "demo");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProductService producten;

    @Test
    void theApiServesTheCompleteJz21Catalogue() throws Exception {
        Map<String, JsonNode> gezien = new HashMap<>();
        for (int page = 1; page <= 5; page++) {
            MvcTestResult antwoord = mvc.get()
                    .uri("/api/v1/producten?bron=JZ21&vervallen=true&pageSize=100&page=" + page)
                    .with(httpBasic("toegang", "demo"))
                    .exchange();
            assertThat(antwoord).hasStatusOk().hasHeader("X-Total-Count", "450");
            JSON.readTree(antwoord.getResponse().getContentAsString())
                    .values()
                    .forEach(p -> gezien.put(p.get("code").asString(), p));
        }
        assertThat(gezien).hasSize(450);
        assertThat(gezien.values())
                .allSatisfy(p -> assertThat(p.get("uitvoeringsvariant").asString())
                        .isIn("INSPANNINGSGERICHT", "OUTPUTGERICHT", "TAAKGERICHT"));
        JsonNode ambulant = gezien.get("45A53");
        assertThat(ambulant.get("categorie").get("code").asString()).isEqualTo("45");
        assertThat(ambulant.get("hulpvorm").get("code").asString()).isEqualTo("02");
        assertThat(ambulant.get("metVerblijf").asBoolean()).isFalse();
        assertThat(gezien.get("43A10").get("hulpvorm").get("code").asString()).isEqualTo("12");
        assertThat(gezien.get("43A51").get("variantAfgeleid").asBoolean()).isTrue();
        assertThat(gezien.get("43A51").get("eenheden").get(0).get("code").asString())
                .isEqualTo("14");

        JsonNode officieel = JSON.readTree(Files.readString(
                        InkoopFixtures.gedeeld("ijw-3.2/codelijsten/standaardproductcodelijst-jeugdwet-JZ21.json")))
                .get("products");
        assertThat(officieel.size()).isEqualTo(450);
        officieel.values().forEach(p -> {
            JsonNode product = gezien.get(p.get("productcode").asString());
            assertThat(product).as(p.get("productcode").asString()).isNotNull();
            assertThat(product.get("omschrijving").asString())
                    .isEqualTo(String.join(
                            " ", p.get("omschrijving").asString().trim().split("\\s+")));
        });
    }

    @Test
    void everyProductKnowsItsVariantUnitsFrequenciesAndHulpvorm() {
        Product ambulant = producten.vereis("45A53");
        assertThat(ambulant.uitvoeringsvariant()).isEqualTo(Uitvoeringsvariant.INSPANNINGSGERICHT);
        assertThat(ambulant.hulpvorm()).isEqualTo(Hulpvorm.AMBULANT);
        assertThat(ambulant.eenheden()).contains(Eenheid.UUR).doesNotContain(Eenheid.STUKS_OUTPUT);
        assertThat(ambulant.frequenties()).hasSize(4);
        Product perDag = producten.vereis("44A35");
        assertThat(perDag.variantAfgeleid()).isTrue();
        assertThat(perDag.eenheden()).containsExactly(Eenheid.ETMAAL);
        assertThat(producten.vereis("45A00").uitvoeringsvariant()).isEqualTo(Uitvoeringsvariant.TAAKGERICHT);
        assertThat(producten.vereis("51A00").uitvoeringsvariant()).isEqualTo(Uitvoeringsvariant.OUTPUTGERICHT);
        assertThat(producten.vereis("48A01").hulpvorm())
                .as("JB dimensie is a measure, not a hulpvorm")
                .isNull();
    }

    @Test
    void importingThePublishedListAgainChangesNothing() throws Exception {
        byte[] lijst = Files.readAllBytes(
                InkoopFixtures.gedeeld("ijw-3.2/codelijsten/standaardproductcodelijst-jeugdwet-JZ21.json"));
        JsonNode status = afgerond(
                mvc,
                mvc.post()
                        .uri("/api/v1/producten/import")
                        .with(INKOOP)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(lijst)
                        .exchange(),
                INKOOP);
        assertThat(status.get("status").asString()).isEqualTo("KLAAR");
        assertThat(status.get("regels").asInt()).isEqualTo(450);
        assertThat(status.get("uitkomsten").properties()).singleElement().satisfies(e -> {
            assertThat(e.getKey()).isEqualTo("ONGEWIJZIGD");
            assertThat(e.getValue().asInt()).isEqualTo(450);
        });
        assertThat(status.get("vervallen").values()).isEmpty();
    }

    @Test
    void aListWithAnUnusableLineIsRefusedAsAWholeAndEveryLineIsReported() {
        String csv = """
                productcode;omschrijving;productcategorie_code;uitvoeringsvariant
                45A53;Jeugdhulp ambulant specialistisch: gewijzigd;45;Inspanningsgericht
                45X;Kapot;45;Inspanningsgericht
                """;
        JsonNode status = afgerond(
                mvc,
                mvc.post()
                        .uri("/api/v1/producten/import")
                        .with(INKOOP)
                        .contentType("text/csv")
                        .content(csv)
                        .exchange(),
                INKOOP);
        assertThat(status.get("status").asString()).isEqualTo("GEWEIGERD");
        assertThat(status.get("melding").asString())
                .isEqualTo("Het bestand is niet ingelezen, er is niets opgeslagen: regel 2: productcode '45X' heeft"
                        + " niet de vorm 45A48");
        JsonNode regels = json(
                mvc.get().uri(status.get("regelsUri").asString()).with(INKOOP).exchange());
        assertThat(regels.values())
                .extracting(
                        r -> r.get("regel").asInt(),
                        r -> r.get("onderwerp").asString(),
                        r -> r.get("uitkomst").asString())
                .containsExactly(tuple(1, "45A53", "NIET_INGELEZEN"), tuple(2, "45X", "FOUT"));
        assertThat(producten.vereis("45A53").omschrijving()).doesNotContain("gewijzigd");
    }

    @Test
    void anUpdatedListReportsPerCodeWhatChangedAndWhatIsValidAgain() throws Exception {
        byte[] officieel = Files.readAllBytes(
                InkoopFixtures.gedeeld("ijw-3.2/codelijsten/standaardproductcodelijst-jeugdwet-JZ21.json"));
        ObjectNode lijst = (ObjectNode) JSON.readTree(officieel);
        ArrayNode codes = (ArrayNode) lijst.get("products");
        String weg = codes.get(codes.size() - 1).get("productcode").asString();
        codes.remove(codes.size() - 1);
        for (JsonNode product : codes) {
            if (product.get("productcode").asString().equals("45A53")) {
                ((ObjectNode) product).put("omschrijving", "Jeugdhulp ambulant specialistisch, nieuwe naam");
            }
        }
        try {
            Importverslag bijgewerkt = producten.importeerLijst(JSON.writeValueAsBytes(lijst));
            assertThat(bijgewerkt.regels(Importuitkomst.BIJGEWERKT))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.onderwerp()).isEqualTo("45A53");
                        assertThat(r.toelichting()).isEqualTo("gewijzigd: omschrijving");
                    });
            assertThat(bijgewerkt.vervallen()).containsExactly(weg);
            assertThat(bijgewerkt.aantal(Importuitkomst.ONGEWIJZIGD)).isEqualTo(448);
        } finally {
            Importverslag hersteld = producten.importeerLijst(officieel);
            assertThat(hersteld.regels(Importuitkomst.HERSTELD)).singleElement().satisfies(r -> {
                assertThat(r.onderwerp()).isEqualTo(weg);
                assertThat(r.toelichting()).isEqualTo("vervallen sinds 02-03-2026");
            });
            assertThat(hersteld.aantal(Importuitkomst.BIJGEWERKT)).isEqualTo(1);
        }
    }

    @Test
    void aRegionalProductIsMappedToACategory() {
        assertThat(mvc.post()
                        .uri("/api/v1/producten")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"R4501","omschrijving":"Regionale ouder-kindbegeleiding",
                                 "categorie":"45","uitvoeringsvariant":"INSPANNINGSGERICHT","eenheden":["04"],
                                 "hulpvorm":"04"}"""))
                .hasStatus(HttpStatus.CREATED);
        assertThat(producten.vereis("R4501")).satisfies(p -> {
            assertThat(p.bron()).isEqualTo(Productbron.REGIONAAL);
            assertThat(p.eenheden()).isEqualTo(List.of(Eenheid.UUR));
            assertThat(p.hulpvorm()).isEqualTo(Hulpvorm.NETWERK);
        });
        assertThat(mvc.post()
                        .uri("/api/v1/producten")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"45A53","omschrijving":"Dubbel","categorie":"45",
                                 "uitvoeringsvariant":"OUTPUTGERICHT"}"""))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post()
                        .uri("/api/v1/producten")
                        .with(httpBasic("toegang", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"R4502","omschrijving":"Niet toegestaan","categorie":"45",
                                 "uitvoeringsvariant":"OUTPUTGERICHT"}"""))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
