package nl.jeugdregie.financien;

import static nl.jeugdregie.Testgebruikers.als;
import static nl.jeugdregie.Testgebruikers.metRol;
import static nl.jeugdregie.financien.FinancienFixtures.HAAKSBERGEN;
import static nl.jeugdregie.financien.FinancienFixtures.LOSSER;
import static nl.jeugdregie.financien.FinancienFixtures.UURTARIEF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.declaratie.Beoordeling;
import nl.jeugdregie.declaratie.DeclaratieService;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.platform.Tabel;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
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
 * The verdeling in the region on the real toewijzingen, declaraties and inwoner figures (clock: Monday 2 March 2026):
 * the settlement follows a new approved declaratie and toewijzing exactly, every total is the sum of its parts, bad
 * keys are refused in Dutch with nothing stored, and each role sees what it may.
 */
@JeugdregieTest
class VerdelingTests {

    private static final RequestPostProcessor BACKOFFICE = metRol("BACKOFFICE");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    VerdelingService verdeling;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    DeclaratieService declaraties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void naarGebruikTheGemeenteBearsExactlyWhatItsNewDeclaratieCost() {
        zetSleutels(2026, "overig", "0", "0", "100");
        Verdeling voor = FinancienFixtures.alsBackoffice(() -> verdeling.verdeling(2026));

        declareer(LOSSER, 40);

        Verdeling na = FinancienFixtures.alsBackoffice(() -> verdeling.verdeling(2026));
        Deelverdeling overigVoor = deel(voor, Inkoopdeel.OVERIG);
        Deelverdeling overigNa = deel(na, Inkoopdeel.OVERIG);
        Bedrag veertigUur = UURTARIEF.maal(40);
        assertThat(overigNa.regiokosten()).isEqualTo(overigVoor.regiokosten().plus(veertigUur));
        assertThat(regel(overigNa, LOSSER).gebruik())
                .isEqualTo(regel(overigVoor, LOSSER).gebruik().plus(veertigUur));
        assertThat(regel(overigNa, LOSSER).aandeel())
                .isEqualTo(regel(overigVoor, LOSSER).aandeel().plus(veertigUur));
        assertThat(regel(overigNa, LOSSER).jeugdigen())
                .isEqualTo(regel(overigVoor, LOSSER).jeugdigen() + 1);
        assertThat(regel(overigNa, LOSSER).verschil()).isEqualTo(Bedrag.NUL);
        for (Verdeelregel r : overigNa.regels()) {
            if (!r.gemeente().equals(LOSSER)) {
                assertThat(r.aandeel())
                        .isEqualTo(regel(overigVoor, r.gemeente()).aandeel());
            }
        }
        // The gemeente's own cost is the realisatie of financien for the same jeugdzorgvormen.
        long ambulantLosser = jdbc.sql("""
                        select coalesce(sum(p.bedrag_eurocent), 0) from declaratie.v_prestaties p
                            left join inkoop.v_producten pr on pr.productcode = p.productcode
                        where p.gemeente = '0168' and p.goedgekeurd and p.begindatum between '2026-01-01' and '2026-12-31'
                          and coalesce(pr.jeugdzorgvorm, 'onbekend') in ('01', '02', '03', '04', 'onbekend')""").query(Long.class).single();
        assertThat(regel(overigNa, LOSSER).gebruik()).isEqualTo(new Bedrag(ambulantLosser));
        assertTotalsAreSumsOfParts(na);
    }

    @Test
    void perInwonerAndPerJeugdigeShareTheRegionsCostWithinACentOfTheExactShare() {
        declareer(HAAKSBERGEN, 20);
        zetSleutels(2026, "overig", "60", "40", "");

        Verdeling v = FinancienFixtures.alsBackoffice(() -> verdeling.verdeling(2026));

        Deelverdeling overig = deel(v, Inkoopdeel.OVERIG);
        assertThat(overig.toegepast()).isEqualTo(new Verdeelsleutel(Inkoopdeel.OVERIG, 6_000, 4_000, 0));
        // Losser: 3.393 aged 0-14 plus 3/10 of 2.642 aged 15-24 on 1 January 2025 (regio V3, an estimate).
        assertThat(regel(overig, LOSSER).inwoners()).isEqualTo(3_393 + 793);
        assertThat(v.inwonerjaren()).containsExactly(2025);
        assertThat(v.inwonersGeschat()).isTrue();
        BigDecimal totaal = BigDecimal.valueOf(overig.regiokosten().eurocent());
        for (Verdeelregel r : overig.regels()) {
            BigDecimal exact = totaal.multiply(new BigDecimal("0.6"))
                    .multiply(BigDecimal.valueOf(r.inwoners()))
                    .divide(BigDecimal.valueOf(overig.regioInwoners()), 10, RoundingMode.HALF_UP)
                    .add(totaal.multiply(new BigDecimal("0.4"))
                            .multiply(BigDecimal.valueOf(r.jeugdigen()))
                            .divide(BigDecimal.valueOf(overig.regioJeugdigen()), 10, RoundingMode.HALF_UP));
            assertThat(exact.subtract(BigDecimal.valueOf(r.aandeel().eurocent()))
                            .abs())
                    .as(r.gemeente().value())
                    .isLessThan(BigDecimal.ONE);
        }
        assertTotalsAreSumsOfParts(v);
    }

    @Test
    void storesEveryVersionOfTheKeysWithWhoAndWhenThroughApiAndPage() throws Exception {
        JsonNode eerste = zetSleutels(2030, "verblijf", "50", "25", "25");
        assertThat(eerste.get("sleutelversie").asInt()).isEqualTo(1);

        assertThat(mvc.post()
                        .uri("/financien/verdeling")
                        .param("jaar", "2030")
                        .param("toelichting", "Regionaal overleg 12 maart")
                        .param("deel", "verblijf", "jeugdbescherming", "overig")
                        .param("perInwoner", "33,33", "100", "")
                        .param("perJeugdige", "33,33", "", "")
                        .param("naarGebruik", "33,34", "", "100")
                        .with(BACKOFFICE)
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/financien/verdeling?jaar=2030");

        JsonNode antwoord = FinancienFixtures.json(
                mvc.get().uri("/api/v1/verdeling/2030").with(BACKOFFICE).exchange());
        assertThat(antwoord.get("sleutelversie").asInt()).isEqualTo(2);
        JsonNode versies = antwoord.get("versies");
        assertThat(versies).hasSize(2);
        assertThat(versies.get(1).get("door").asString()).isEqualTo("backoffice");
        assertThat(versies.get(1).get("toelichting").asString()).isEqualTo("Regionaal overleg 12 maart");
        JsonNode verblijf = antwoord.get("delen").get(0);
        assertThat(verblijf.get("deel").asString()).isEqualTo("verblijf");
        assertThat(verblijf.get("afgesproken").asBoolean()).isTrue();
        assertThat(verblijf.get("sleutel").get("perInwoner").asString()).isEqualTo("33.33");
        assertThat(verblijf.get("sleutel").get("naarGebruik").asString()).isEqualTo("33.34");
        assertThat(antwoord.get("delen").get(1).get("sleutel").get("perInwoner").asString())
                .isEqualTo("100.00");
        assertThat(antwoord.get("heleRegio").asBoolean()).isTrue();
        assertThat(antwoord.get("delen").get(0).get("gemeenten"))
                .hasSize(antwoord.get("regiogemeenten").asInt());

        assertThat(mvc.get().uri("/financien/verdeling?jaar=2030").with(metRol("ANALIST")))
                .hasStatusOk()
                .bodyText()
                .contains("Verdeling in de regio 2030")
                .contains("data-grafiek=\"per-gemeente-gegevens\"")
                .contains("Sleutel: 33,33 % per inwoner, 33,33 % per jeugdige en 33,34 % naar werkelijk gebruik.")
                .contains("Regionaal overleg 12 maart")
                .contains("Losser (0168)")
                .doesNotContain("Verdeelsleutels vastleggen");
        MvcTestResult export = mvc.get()
                .uri("/financien/verdeling/export.xlsx?jaar=2030")
                .with(metRol("ANALIST"))
                .exchange();
        assertThat(export).hasStatusOk().hasContentType(Tabel.XLSX);
        assertThat(export.getResponse().getContentAsByteArray()).startsWith('P', 'K');
    }

    @Test
    void refusesKeysThatDoNotAddUpToHundredPercentInDutchAndStoresNothing() {
        MvcTestResult antwoord = mvc.put()
                .uri("/api/v1/verdeling/2029/sleutels")
                .with(BACKOFFICE)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"sleutels": [
                          {"deel": "verblijf", "perInwoner": 50, "perJeugdige": 40},
                          {"deel": "overig", "perInwoner": "-10", "naarGebruik": "veel"},
                          {"deel": "wonen", "naarGebruik": 100}]}""")
                .exchange();

        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode fouten = FinancienFixtures.json(antwoord).get("invalidParams");
        assertThat(fouten).hasSize(4);
        assertThat(fouten.get(0).get("name").asString()).isEqualTo("sleutels[0]");
        assertThat(fouten.get(0).get("reason").asString())
                .contains("telt op tot 90 % (50 + 40 + 0); de percentages samen moeten precies 100 % zijn");
        assertThat(fouten.get(1).get("name").asString()).isEqualTo("sleutels[1].perInwoner");
        assertThat(fouten.get(1).get("reason").asString()).contains("is negatief");
        assertThat(fouten.get(2).get("name").asString()).isEqualTo("sleutels[1].naarGebruik");
        assertThat(fouten.get(2).get("reason").asString()).contains("'veel' is geen percentage");
        assertThat(fouten.get(3).get("name").asString()).isEqualTo("sleutels[2].deel");
        assertThat(fouten.get(3).get("reason").asString()).contains("Deel 'wonen' bestaat niet");

        assertThat(mvc.put()
                        .uri("/api/v1/verdeling/2101/sleutels")
                        .with(BACKOFFICE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sleutels\": [{\"deel\": \"overig\", \"naarGebruik\": 100}]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Het jaar moet tussen 2015 en 2100 liggen");
        assertThat(mvc.get().uri("/api/v1/verdeling/twintig").with(BACKOFFICE))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("jaartal van vier cijfers");

        assertThat(mvc.post()
                        .uri("/financien/verdeling")
                        .param("jaar", "2029")
                        .param("deel", "verblijf", "jeugdbescherming", "overig")
                        .param("perInwoner", "50", "abc", "")
                        .param("perJeugdige", "", "", "")
                        .param("naarGebruik", "", "", "100")
                        .with(BACKOFFICE)
                        .with(csrf())
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("De verdeelsleutels zijn niet vastgelegd")
                .contains("Jeugdhulp met verblijf (solidair): De sleutel van Jeugdhulp met verblijf (solidair) telt op"
                        + " tot 50 %")
                .contains("Jeugdbescherming en jeugdreclassering: Percentage per inwoner &#39;abc&#39; is geen"
                        + " percentage");

        long versies = jdbc.sql("select count(*) from financien.verdeelsleutelversie where jaar in (2029, 2101)")
                .query(Long.class)
                .single();
        assertThat(versies).isZero();
        assertThat(FinancienFixtures.alsBackoffice(() -> verdeling.verdeling(2029))
                        .versies())
                .isEmpty();
    }

    @Test
    void toegangSeesItsOwnRowsWithTheRegionsTotalsAndNoOneElseSetsKeys() {
        RequestPostProcessor haaksbergen = als("toegang-haaksbergen", "TOEGANG", HAAKSBERGEN.value());

        JsonNode eigen = FinancienFixtures.json(
                mvc.get().uri("/api/v1/verdeling/2026").with(haaksbergen).exchange());
        assertThat(eigen.get("heleRegio").asBoolean()).isFalse();
        for (JsonNode deel : eigen.get("delen")) {
            assertThat(deel.get("gemeenten"))
                    .singleElement()
                    .satisfies(g -> assertThat(g.get("gemeente").asString()).isEqualTo("0158"));
            assertThat(deel.get("regiokostenEurocent").asLong())
                    .isGreaterThanOrEqualTo(deel.get("totaalGebruikEurocent").asLong());
        }
        assertThat(mvc.get().uri("/financien/verdeling?jaar=2026").with(haaksbergen))
                .hasStatusOk()
                .bodyText()
                .contains("Haaksbergen (0158)")
                .contains("Hele regio (")
                .doesNotContain("Losser (0168)");
        assertThat(mvc.put()
                        .uri("/api/v1/verdeling/2026/sleutels")
                        .with(haaksbergen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sleutels\": [{\"deel\": \"overig\", \"naarGebruik\": 100}]}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.put()
                        .uri("/api/v1/verdeling/2026/sleutels")
                        .with(metRol("ANALIST"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sleutels\": [{\"deel\": \"overig\", \"naarGebruik\": 100}]}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/verdeling/2026").with(metRol("AANBIEDER")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/financien/verdeling").with(metRol("INKOOP"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    /** Stores one key through the API as the backoffice and answers the verdeling. */
    private JsonNode zetSleutels(int jaar, String deel, String perInwoner, String perJeugdige, String naarGebruik) {
        MvcTestResult antwoord = mvc.put()
                .uri("/api/v1/verdeling/" + jaar + "/sleutels")
                .with(BACKOFFICE)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"toelichting\": \"Afspraak\", \"sleutels\": [{\"deel\": \"" + deel + "\", \"perInwoner\": \""
                                + perInwoner + "\", \"perJeugdige\": \"" + perJeugdige + "\", \"naarGebruik\": \""
                                + naarGebruik + "\"}]}")
                .exchange();
        assertThat(antwoord).hasStatusOk();
        return FinancienFixtures.json(antwoord);
    }

    /** A new toewijzing of 45A48 (ambulant, part overig) and an approved declaratie of {@code uren} in March 2026. */
    private void declareer(GemeenteCode gemeente, long uren) {
        AgbCode aanbieder = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        ToegewezenProduct toewijzing = FinancienFixtures.wijsToe(
                toewijzingen,
                gemeente,
                aanbieder,
                Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31)),
                new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK));
        Beoordeling beoordeling = declaraties.beoordeel(FinancienFixtures.declaratie(
                gemeente,
                aanbieder,
                List.of(FinancienFixtures.prestatie(
                        FinancienFixtures.referentie(),
                        null,
                        toewijzing.client(),
                        toewijzing,
                        uren,
                        DebetCredit.DEBET))));
        assertThat(beoordeling.afgewezen()).isEmpty();
    }

    private static Deelverdeling deel(Verdeling v, Inkoopdeel deel) {
        return v.delen().stream().filter(d -> d.deel() == deel).findFirst().orElseThrow();
    }

    private static Verdeelregel regel(Deelverdeling d, GemeenteCode gemeente) {
        return d.regels().stream()
                .filter(r -> r.gemeente().equals(gemeente))
                .findFirst()
                .orElseThrow();
    }

    private static void assertTotalsAreSumsOfParts(Verdeling v) {
        for (Deelverdeling d : v.delen()) {
            assertThat(d.totaalAandeel()).as(d.deel().code()).isEqualTo(d.regiokosten());
            assertThat(d.totaalGebruik()).as(d.deel().code()).isEqualTo(d.regiokosten());
            assertThat(d.totaalVerschil()).as(d.deel().code()).isEqualTo(Bedrag.NUL);
        }
        assertThat(v.totaalAandeel())
                .isEqualTo(v.regiokosten())
                .isEqualTo(Bedrag.som(v.perGemeente().stream()
                        .map(Verdeling.Gemeentesaldo::aandeel)
                        .toList()));
        assertThat(v.totaalVerschil()).isEqualTo(Bedrag.NUL);
    }
}
