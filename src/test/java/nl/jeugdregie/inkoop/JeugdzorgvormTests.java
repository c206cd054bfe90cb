package nl.jeugdregie.inkoop;

import static nl.jeugdregie.Testgebruikers.aanbiederVan;
import static nl.jeugdregie.Testgebruikers.metRol;
import static nl.jeugdregie.inkoop.InkoopFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The jeugdzorgvorm of each product: the standaard one (the same in the migration's SQL and in Java), and how inkoop
 * changes it on the product page and through the API, recorded with who and when.
 */
@JeugdregieTest
class JeugdzorgvormTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor INKOOP = metRol("INKOOP");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProductService producten;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    /** The standaard jeugdzorgvorm as the SQL of the migration computes it. */
    private String inSql(String categorie, String hulpvorm, String omschrijving) {
        return jdbc.sql("select inkoop.standaard_jeugdzorgvorm(:categorie, :hulpvorm, :omschrijving)")
                .param("categorie", categorie)
                .param("hulpvorm", hulpvorm)
                .param("omschrijving", omschrijving)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static String inJava(String categorie, String hulpvorm, String omschrijving) {
        return StandaardJeugdzorgvorm.van(
                        Productcategorie.vanCode(categorie),
                        hulpvorm == null ? null : Hulpvorm.vanCode(hulpvorm),
                        omschrijving)
                .map(Jeugdzorgvorm::code)
                .orElse(null);
    }

    @Test
    void sqlAndJavaGiveEveryJz21ProductTheSameStandaard() {
        List<Map<String, Object>> rijen = jdbc.sql("""
                        select code, categorie, hulpvorm, omschrijving,
                               inkoop.standaard_jeugdzorgvorm(categorie, hulpvorm, omschrijving) as standaard
                        from inkoop.product where bron = 'JZ21' order by code""").query().listOfRows();
        assertThat(rijen).hasSize(450);
        assertThat(rijen)
                .allSatisfy(r -> assertThat(inJava((String) r.get("categorie"), (String) r.get("hulpvorm"), (String)
                                r.get("omschrijving")))
                        .as((String) r.get("code"))
                        .isEqualTo(r.get("standaard")));
        assertThat(jdbc.sql("""
                        select count(*) from inkoop.product
                        where jeugdzorgvorm_standaard
                          and jeugdzorgvorm is distinct from inkoop.standaard_jeugdzorgvorm(categorie, hulpvorm,
                              omschrijving)""").query(Long.class).single())
                .as("every product with the standaard jeugdzorgvorm has the one of the rule")
                .isZero();
    }

    @Test
    void sqlAndJavaAgreeOnRegionalProductsOfEveryCategory() {
        List<String> omschrijvingen = List.of(
                "Regionaal product",
                "Crisispleegzorg",
                "Crisisopvang in een gezinshuis",
                "Kamertraining met verblijf",
                "Begeleiding zonder verblijf",
                "Ambulante ondersteuning",
                "VERBLIJF");
        List<String> hulpvormen = new ArrayList<>();
        hulpvormen.add(null);
        hulpvormen.add(Hulpvorm.DAGHULP.code());
        for (Productcategorie categorie : Productcategorie.values()) {
            for (String hulpvorm : hulpvormen) {
                for (String omschrijving : omschrijvingen) {
                    assertThat(inJava(categorie.code(), hulpvorm, omschrijving))
                            .as(categorie.code() + " " + hulpvorm + " " + omschrijving)
                            .isEqualTo(inSql(categorie.code(), hulpvorm, omschrijving));
                }
            }
        }
    }

    @Test
    void theJz21ProductsHaveTheStandaardOfTheirHulpvormOrCategory() {
        Map<String, String> verwacht = Map.ofEntries(
                Map.entry("45A53", "02"),
                Map.entry("45A57", "04"),
                Map.entry("44A10", "14"),
                Map.entry("40A00", "04"),
                Map.entry("41A00", "03"),
                Map.entry("43A00", "14"),
                Map.entry("44A00", "14"),
                Map.entry("45A00", "02"),
                Map.entry("46A00", "02"),
                Map.entry("46A03", "14"),
                Map.entry("46B05", "11"),
                Map.entry("47A01", "JR"),
                Map.entry("48A01", "JB"),
                Map.entry("51A00", "02"),
                Map.entry("52A00", "02"),
                Map.entry("53A00", "02"));
        verwacht.forEach((code, vorm) -> {
            JsonNode product =
                    json(mvc.get().uri("/api/v1/producten/" + code).with(INKOOP).exchange());
            assertThat(product.get("jeugdzorgvorm").get("code").asString())
                    .as(code)
                    .isEqualTo(vorm);
            assertThat(product.get("jeugdzorgvormStandaard").asBoolean())
                    .as(code)
                    .isTrue();
        });
        for (String code : List.of("42A01", "49A01", "50A03")) {
            assertThat(json(mvc.get()
                                    .uri("/api/v1/producten/" + code)
                                    .with(INKOOP)
                                    .exchange())
                            .get("jeugdzorgvorm")
                            .isNull())
                    .as(code)
                    .isTrue();
        }
    }

    @Test
    void aNewRegionalProductGetsTheStandaardOfTheJavaRule() {
        String crisis = regionaalProduct("46", "Crisispleegzorg in de regio");
        String justitie = regionaalProduct("48", "Regionale voogdij");
        String maatwerk = regionaalProduct("50", "Regionaal maatwerk");
        assertThat(producten.vereis(crisis).jeugdzorgvorm()).isEqualTo(Jeugdzorgvorm.PLEEGZORG);
        assertThat(producten.vereis(justitie).jeugdzorgvorm()).isEqualTo(Jeugdzorgvorm.JEUGDBESCHERMING);
        assertThat(producten.vereis(maatwerk).jeugdzorgvorm()).isNull();
        assertThat(jdbc.sql("""
                        select jeugdzorgvorm, jeugdzorgvorm_standaard, omschrijving, categorie, vervallen_op
                        from inkoop.v_producten where productcode = :code""").param("code", crisis).query().singleRow())
                .containsEntry("jeugdzorgvorm", "11")
                .containsEntry("jeugdzorgvorm_standaard", true)
                .containsEntry("omschrijving", "Crisispleegzorg in de regio")
                .containsEntry("categorie", "46");
        assertThat(producten.historie(crisis)).isEmpty();
    }

    @Test
    void inkoopSetsTheJeugdzorgvormThroughTheApiAndEveryChangeIsRecorded() {
        String code = regionaalProduct("50", "Maatwerk zelfstandig wonen");
        assertThat(codes("/api/v1/producten?jeugdzorgvorm=onbekend&bron=REGIONAAL&tekst=" + code))
                .containsExactly(code);

        JsonNode gezet = json(zetViaApi(code, "{\"jeugdzorgvorm\":\"11\"}", INKOOP));
        assertThat(gezet.get("jeugdzorgvorm").get("code").asString()).isEqualTo("11");
        assertThat(gezet.get("jeugdzorgvorm").get("omschrijving").asString()).isEqualTo("Met verblijf: pleegzorg");
        assertThat(gezet.get("jeugdzorgvormStandaard").asBoolean()).isFalse();
        assertThat(codes("/api/v1/producten?jeugdzorgvorm=onbekend&bron=REGIONAAL&tekst=" + code))
                .isEmpty();
        assertThat(codes("/api/v1/producten?jeugdzorgvorm=11&bron=REGIONAAL&tekst=" + code))
                .containsExactly(code);
        assertThat(jdbc.sql("""
                        select jeugdzorgvorm, jeugdzorgvorm_standaard, jeugdzorgvorm_gewijzigd_door,
                               jeugdzorgvorm_gewijzigd_op = timestamptz '2026-03-02 10:00 Europe/Amsterdam' as nu
                        from inkoop.product where code = :code""").param("code", code).query().singleRow())
                .containsEntry("jeugdzorgvorm", "11")
                .containsEntry("jeugdzorgvorm_standaard", false)
                .containsEntry("jeugdzorgvorm_gewijzigd_door", "inkoop")
                .containsEntry("nu", true);

        JsonNode leeg = json(zetViaApi(code, "{\"jeugdzorgvorm\":null}", metRol("BEHEERDER")));
        assertThat(leeg.get("jeugdzorgvorm").isNull()).isTrue();
        assertThat(leeg.get("jeugdzorgvormStandaard").asBoolean()).isFalse();

        JsonNode historie = json(mvc.get()
                .uri("/api/v1/producten/" + code + "/historie")
                .with(INKOOP)
                .exchange());
        assertThat(historie.values())
                .extracting(
                        w -> w.get("gebruiker").asString(),
                        w -> w.get("omschrijving").asString())
                .containsExactlyInAnyOrder(
                        tuple("inkoop", "Jeugdzorgvorm onbekend (standaard) → 11 Met verblijf: pleegzorg"),
                        tuple("beheerder", "Jeugdzorgvorm 11 Met verblijf: pleegzorg → onbekend"));
        assertThat(historie.values())
                .allSatisfy(w -> assertThat(w.get("soort").asString()).isEqualTo("JEUGDZORGVORM"));
    }

    @Test
    void anUnknownJeugdzorgvormIsRefusedWithProblemJsonAndNothingIsStored() {
        String code = regionaalProduct("45", "Ambulante gezinsbegeleiding");
        for (String body : List.of("{\"jeugdzorgvorm\":\"15\"}", "{\"jeugdzorgvorm\":\"verblijf\"}")) {
            MvcTestResult antwoord = zetViaApi(code, body, INKOOP);
            assertThat(antwoord)
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode probleem = json(antwoord);
            assertThat(probleem.get("invalidParams").values()).singleElement().satisfies(p -> {
                assertThat(p.get("name").asString()).isEqualTo("jeugdzorgvorm");
                assertThat(p.get("reason").asString())
                        .isEqualTo("Deze jeugdzorgvorm bestaat niet; kies een van 01, 02, 03, 04, 11, 12, 13, 14, JB,"
                                + " JR of laat hem leeg (onbekend)");
            });
        }
        assertThat(producten.vereis(code)).satisfies(p -> {
            assertThat(p.jeugdzorgvorm()).isEqualTo(Jeugdzorgvorm.AMBULANT);
            assertThat(p.jeugdzorgvormStandaard()).isTrue();
        });
        assertThat(producten.historie(code)).isEmpty();
        assertThat(zetViaApi("ZZZZ9", "{\"jeugdzorgvorm\":\"02\"}", INKOOP)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/producten?jeugdzorgvorm=99").with(INKOOP))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void onlyInkoopAndBeheerderChangeTheJeugdzorgvorm() {
        String code = regionaalProduct("45", "Ambulante begeleiding op school");
        List<RequestPostProcessor> anderen =
                List.of(metRol("TOEGANG"), metRol("BACKOFFICE"), metRol("ANALIST"), aanbiederVan(InkoopFixtures.DEMO));
        for (RequestPostProcessor gebruiker : anderen) {
            assertThat(zetViaApi(code, "{\"jeugdzorgvorm\":\"14\"}", gebruiker)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri("/inkoop/producten/" + code + "/jeugdzorgvorm")
                            .with(gebruiker)
                            .with(csrf())
                            .param("jeugdzorgvorm", "14"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/inkoop/producten/" + code).with(metRol("TOEGANG")))
                .hasStatusOk()
                .bodyText()
                .contains("Zonder verblijf: ambulant (02)")
                .doesNotContain("Jeugdzorgvorm opslaan");
        assertThat(producten.vereis(code).jeugdzorgvorm()).isEqualTo(Jeugdzorgvorm.AMBULANT);
        assertThat(producten.historie(code)).isEmpty();
    }

    @Test
    void inkoopChangesTheJeugdzorgvormOnTheProductPage() {
        String code = regionaalProduct("49", "Regionale nazorg");
        String pagina = "/inkoop/producten/" + code;
        assertThat(mvc.get().uri(pagina).with(INKOOP))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Regionale nazorg",
                        "Activiteiten in het preventief justitieel kader (49)",
                        "Jeugdzorgvorm opslaan",
                        "<option value=\"\" selected=\"selected\">Onbekend</option>",
                        "<option value=\"12\">12 Met verblijf: gezinsgericht</option>",
                        "<option value=\"JR\">JR Jeugdreclassering</option>",
                        "Nog geen wijzigingen.");

        assertThat(mvc.post()
                        .uri(pagina + "/jeugdzorgvorm")
                        .with(INKOOP)
                        .with(csrf())
                        .param("jeugdzorgvorm", "99"))
                .hasStatusOk()
                .bodyText()
                .contains("Deze jeugdzorgvorm bestaat niet", "aria-invalid=\"true\"");
        assertThat(producten.vereis(code).jeugdzorgvorm()).isNull();

        assertThat(mvc.post()
                        .uri(pagina + "/jeugdzorgvorm")
                        .with(INKOOP)
                        .with(csrf())
                        .param("jeugdzorgvorm", "02"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl(pagina);
        assertThat(producten.vereis(code)).satisfies(p -> {
            assertThat(p.jeugdzorgvorm()).isEqualTo(Jeugdzorgvorm.AMBULANT);
            assertThat(p.jeugdzorgvormStandaard()).isFalse();
        });
        assertThat(mvc.get().uri(pagina).with(INKOOP))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Zonder verblijf: ambulant (02)",
                        "Door inkoop",
                        "Standaard zou zijn",
                        "Jeugdzorgvorm onbekend (standaard) → 02 Zonder verblijf: ambulant",
                        "02-03-2026 10:00");
        assertThat(mvc.get().uri("/inkoop/producten/ZZZZ8").with(INKOOP)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theCatalogueShowsInkoopTheProductsWithoutJeugdzorgvorm() {
        assertThat(mvc.get()
                        .uri("/inkoop/producten?jeugdzorgvorm=onbekend&bron=JZ21")
                        .with(INKOOP))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "geldige producten hebben geen jeugdzorgvorm",
                        "Toon de producten zonder jeugdzorgvorm",
                        "42A01",
                        "<option value=\"onbekend\" selected=\"selected\">Onbekend (geen jeugdzorgvorm)</option>")
                .doesNotContain(">45A53<");
        assertThat(mvc.get().uri("/inkoop/producten?tekst=45A53").with(metRol("TOEGANG")))
                .hasStatusOk()
                .bodyText()
                .contains("Zonder verblijf: ambulant (02)", "(standaard)")
                .doesNotContain("Toon de producten zonder jeugdzorgvorm");
        assertThat(producten.aantalZonderJeugdzorgvorm()).isPositive();
    }

    @Test
    void theContractproductenViewCarriesTheJeugdzorgvorm() {
        AgbCode agb = new AgbCode(
                "97" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
        String code = regionaalProduct("45", "Ambulant gecontracteerd");
        InkoopFixtures.aanbiederMetContract(aanbieders, contracten, agb, "Zorgvorm " + agb, code, Bedrag.euro(90));
        zetViaApi(code, "{\"jeugdzorgvorm\":\"04\"}", INKOOP);
        assertThat(jdbc.sql("select distinct jeugdzorgvorm from inkoop.v_contractproducten where agb = :agb")
                        .param("agb", agb.value())
                        .query(String.class)
                        .list())
                .containsExactly("04");
    }

    @Test
    void aNewListKeepsTheChoiceOfInkoopAndMovesTheStandaard() throws Exception {
        byte[] officieel = Files.readAllBytes(
                InkoopFixtures.gedeeld("ijw-3.2/codelijsten/standaardproductcodelijst-jeugdwet-JZ21.json"));
        assertThat(zetViaApi("45A55", "{\"jeugdzorgvorm\":\"02\"}", INKOOP)).hasStatusOk();
        ObjectNode lijst = (ObjectNode) JSON.readTree(officieel);
        for (JsonNode product : lijst.get("products").values()) {
            if (Stream.of("45A55", "45A56").anyMatch(product.get("productcode").asString()::equals)) {
                ((ObjectNode) product).put("dimensie_hulpvorm_code", "14");
                ((ObjectNode) product)
                        .put(
                                "dimensie_hulpvorm_omschrijving",
                                "Met verblijf: Verblijf bij een jeugdhulpaanbieder anders dan bovenstaand");
            }
        }
        try {
            Importverslag verslag = producten.importeerLijst(JSON.writeValueAsBytes(lijst));
            assertThat(verslag.regels(Importuitkomst.BIJGEWERKT))
                    .extracting(Importregel::onderwerp)
                    .containsExactlyInAnyOrder("45A55", "45A56");
            assertThat(producten.vereis("45A55")).satisfies(p -> {
                assertThat(p.jeugdzorgvorm()).isEqualTo(Jeugdzorgvorm.AMBULANT);
                assertThat(p.jeugdzorgvormStandaard()).isFalse();
            });
            assertThat(producten.vereis("45A56")).satisfies(p -> {
                assertThat(p.jeugdzorgvorm()).isEqualTo(Jeugdzorgvorm.OVERIG_VERBLIJF);
                assertThat(p.jeugdzorgvormStandaard()).isTrue();
            });
            assertThat(producten.historie("45A56"))
                    .first()
                    .satisfies(w -> assertThat(w.omschrijving())
                            .isEqualTo("Standaard jeugdzorgvorm 02 Zonder verblijf: ambulant → 14 Met verblijf: overig"
                                    + " residentieel volgens de nieuwe productcodelijst"));
        } finally {
            producten.importeerLijst(officieel);
        }
        assertThat(producten.vereis("45A56").jeugdzorgvorm()).isEqualTo(Jeugdzorgvorm.AMBULANT);
    }

    /** A new regional product of the category, without hulpvorm, as inkoop adds it; answers its code. */
    private String regionaalProduct(String categorie, String omschrijving) {
        String code = "Z"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase(Locale.ROOT);
        assertThat(mvc.post()
                        .uri("/api/v1/producten")
                        .with(INKOOP)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"omschrijving\":\"" + omschrijving + "\",\"categorie\":\""
                                + categorie + "\",\"uitvoeringsvariant\":\"INSPANNINGSGERICHT\"}"))
                .hasStatus(HttpStatus.CREATED);
        return code;
    }

    private MvcTestResult zetViaApi(String code, String body, RequestPostProcessor gebruiker) {
        return mvc.put()
                .uri("/api/v1/producten/" + code + "/jeugdzorgvorm")
                .with(gebruiker)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private List<String> codes(String uri) {
        List<String> codes = new ArrayList<>();
        json(mvc.get().uri(uri).with(INKOOP).exchange())
                .values()
                .forEach(p -> codes.add(p.get("code").asString()));
        return codes;
    }
}
