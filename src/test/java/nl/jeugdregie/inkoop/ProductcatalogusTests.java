package nl.jeugdregie.inkoop;

import static org.assertj.core.api.Assertions.assertThat;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@JeugdregieTest
class ProductcatalogusTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
                        InkoopTestdata.gedeeld("ijw-3.2/codelijsten/standaardproductcodelijst-jeugdwet-JZ21.json")))
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
                InkoopTestdata.gedeeld("ijw-3.2/codelijsten/standaardproductcodelijst-jeugdwet-JZ21.json"));
        assertThat(mvc.post()
                        .uri("/api/v1/producten/import")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(lijst))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.regels").isEqualTo(450);
                    assertThat(json).extractingPath("$.ongewijzigd").isEqualTo(450);
                    assertThat(json).extractingPath("$.vervallen").asArray().isEmpty();
                });
    }

    @Test
    void aListWithAnUnusableLineIsRefusedAsAWhole() {
        String csv = """
                productcode;omschrijving;productcategorie_code;uitvoeringsvariant
                45A53;Jeugdhulp ambulant specialistisch: gewijzigd;45;Inspanningsgericht
                45X;Kapot;45;Inspanningsgericht
                """;
        assertThat(mvc.post()
                        .uri("/api/v1/producten/import")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType("text/csv")
                        .content(csv))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.invalidParams[0].name")
                .isEqualTo("regel 2");
        assertThat(producten.vereis("45A53").omschrijving()).doesNotContain("gewijzigd");
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
