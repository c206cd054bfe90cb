package nl.jeugdregie.financien;

import static nl.jeugdregie.Testgebruikers.als;
import static nl.jeugdregie.Testgebruikers.metRol;
import static nl.jeugdregie.financien.FinancienFixtures.HAAKSBERGEN;
import static nl.jeugdregie.financien.FinancienFixtures.JAAR_2026;
import static nl.jeugdregie.financien.FinancienFixtures.LOSSER;
import static nl.jeugdregie.financien.FinancienFixtures.OLDENZAAL;
import static nl.jeugdregie.financien.FinancienFixtures.PRODUCT;
import static nl.jeugdregie.financien.FinancienFixtures.UURTARIEF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.declaratie.Beoordeling;
import nl.jeugdregie.declaratie.DeclaratieService;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.Tabel;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The financial picture on real toewijzingen, contracts and declaraties (clock: Monday 2 March 2026), its begroting
 * with versions, bad input and the scope of each role.
 */
@JeugdregieTest
class FinancienTests {

    private static final RequestPostProcessor BACKOFFICE = metRol("BACKOFFICE");

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
    DeclaratieService declaraties;

    @Autowired
    BegrotingService begrotingen;

    @Autowired
    JdbcClient jdbc;

    @Test
    void verplichtingenAreOmvangTimesTariffOverTheRemainingPeriod() {
        AgbCode wekelijks = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        AgbCode maandelijks = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        AgbCode totaal = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        AgbCode budget = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        FinancienFixtures.wijsToe(
                toewijzingen,
                HAAKSBERGEN,
                wekelijks,
                Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31)),
                new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK));
        FinancienFixtures.wijsToe(
                toewijzingen,
                HAAKSBERGEN,
                maandelijks,
                Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                new Omvang(20, Eenheid.UUR, Frequentie.PER_MAAND));
        FinancienFixtures.wijsToe(
                toewijzingen,
                HAAKSBERGEN,
                totaal,
                JAAR_2026,
                new Omvang(100, Eenheid.UUR, Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR));
        FinancienFixtures.wijsBudgetToe(toewijzingen, HAAKSBERGEN, budget, JAAR_2026, Bedrag.euro(10_000));

        Financieelbeeld beeld = FinancienFixtures.alsBackoffice(() -> financien.beeld(HAAKSBERGEN, 2026));

        // Monday 2 March to Thursday 31 December touches ISO weeks 10 to 53: 44 weeks of 10 hours at € 84.
        assertThat(FinancienFixtures.van(beeld, wekelijks)).singleElement().satisfies(v -> {
            assertThat(v.bedrag()).isEqualTo(UURTARIEF.maal(10 * 44));
            assertThat(v.jeugdzorgvorm()).isEqualTo("02");
            assertThat(v.productcode()).isEqualTo(PRODUCT);
        });
        // 2 March to 30 June touches March, April, May and June: 4 months of 20 hours.
        assertThat(FinancienFixtures.van(beeld, maandelijks))
                .singleElement()
                .satisfies(v -> assertThat(v.bedrag()).isEqualTo(UURTARIEF.maal(20 * 4)));
        // 100 hours over 365 days, of which 305 remain: 8.400,00 x 305 / 365 = 7.019,178... -> 7.019,18.
        assertThat(FinancienFixtures.van(beeld, totaal))
                .singleElement()
                .satisfies(v -> assertThat(v.bedrag()).isEqualTo(new Bedrag(701_918)));
        // A budget toewijzing at its budget: 10.000,00 x 305 / 365 = 8.356,164... -> 8.356,16, without a product.
        assertThat(FinancienFixtures.van(beeld, budget)).singleElement().satisfies(v -> {
            assertThat(v.bedrag()).isEqualTo(new Bedrag(835_616));
            assertThat(v.productcode()).isNull();
            assertThat(v.jeugdzorgvorm()).isEqualTo("onbekend");
        });
        assertTotalsAreSumsOfParts(beeld);
    }

    @Test
    void identicalToewijzingenEachPayTheirOwnRoundedAmountAndWeeksAndMonthsCountFromAnyDay() {
        AgbCode drie = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        AgbCode zondag = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        AgbCode halverwege = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        for (int i = 0; i < 3; i++) {
            FinancienFixtures.wijsToe(
                    toewijzingen,
                    HAAKSBERGEN,
                    drie,
                    JAAR_2026,
                    new Omvang(100, Eenheid.UUR, Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR));
        }
        FinancienFixtures.wijsToe(
                toewijzingen,
                HAAKSBERGEN,
                zondag,
                Periode.van(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 31)),
                new Omvang(2, Eenheid.UUR, Frequentie.PER_WEEK));
        FinancienFixtures.wijsToe(
                toewijzingen,
                HAAKSBERGEN,
                halverwege,
                Periode.van(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 7, 14)),
                new Omvang(5, Eenheid.UUR, Frequentie.PER_MAAND));

        Financieelbeeld beeld = FinancienFixtures.alsBackoffice(() -> financien.beeld(HAAKSBERGEN, 2026));

        // Each of the three is 8.400,00 x 305 / 365 = 7.019,178... -> 7.019,18 on its own: 21.057,54 together, not
        // the 21.057,53 that rounding their sum would give.
        assertThat(FinancienFixtures.van(beeld, drie)).singleElement().satisfies(v -> {
            assertThat(v.bedrag()).isEqualTo(new Bedrag(3 * 701_918));
            assertThat(v.toewijzingen()).isEqualTo(3);
        });
        // Sunday 8 March to Tuesday 31 March touches ISO weeks 10 to 14: 5 weeks of 2 hours.
        assertThat(FinancienFixtures.van(beeld, zondag))
                .singleElement()
                .satisfies(v -> assertThat(v.bedrag()).isEqualTo(UURTARIEF.maal(2 * 5)));
        // 15 April to 14 July touches April, May, June and July: 4 months of 5 hours.
        assertThat(FinancienFixtures.van(beeld, halverwege))
                .singleElement()
                .satisfies(v -> assertThat(v.bedrag()).isEqualTo(UURTARIEF.maal(5 * 4)));
        assertTotalsAreSumsOfParts(beeld);
    }

    @Test
    void verplichtingenOfAPastYearAreNilAndAToewijzingWithoutTariffAddsNothing() {
        AgbCode zonderContract = new AgbCode("96" + String.format("%06d", (int) (System.nanoTime() % 1_000_000)));
        aanbieders.voegToe(new nl.jeugdregie.inkoop.Aanbiedergegevens(
                zonderContract, null, "Zonder contract", nl.jeugdregie.inkoop.Relatie.REGULIER, null, null, List.of()));
        ToegewezenProduct t = FinancienFixtures.wijsToe(
                toewijzingen,
                HAAKSBERGEN,
                zonderContract,
                Periode.van(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 12, 31)),
                new Omvang(2, Eenheid.UUR, Frequentie.PER_WEEK));
        assertThat(t.nummer()).isNotNull();

        Financieelbeeld dit = FinancienFixtures.alsBackoffice(() -> financien.beeld(HAAKSBERGEN, 2026));
        Financieelbeeld vorig = FinancienFixtures.alsBackoffice(() -> financien.beeld(HAAKSBERGEN, 2025));

        assertThat(FinancienFixtures.van(dit, zonderContract)).singleElement().satisfies(v -> {
            assertThat(v.zonderTarief()).isEqualTo(1);
            assertThat(v.bedrag()).isEqualTo(Bedrag.NUL);
        });
        assertThat(vorig.verplichtingen()).isEmpty();
        assertThat(vorig.totaal().verplichtingen()).isEqualTo(Bedrag.NUL);
    }

    @Test
    void realisatieIsTheSumOfApprovedPrestatiesByMonthOfCareWithCreditsApart() {
        AgbCode aanbieder = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        Bsn client = FinancienFixtures.nieuweClient();
        ToegewezenProduct toewijzing = toewijzingen
                .wijsToe(new NieuweToewijzing(
                        HAAKSBERGEN,
                        client,
                        aanbieder,
                        Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, PRODUCT),
                        Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31)),
                        new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK),
                        null,
                        null))
                .waarde();
        String eerste = FinancienFixtures.referentie();
        Beoordeling debet = declaraties.beoordeel(FinancienFixtures.declaratie(
                HAAKSBERGEN,
                aanbieder,
                List.of(FinancienFixtures.prestatie(eerste, null, client, toewijzing, 40, DebetCredit.DEBET))));
        assertThat(debet.afgewezen()).isEmpty();
        // The 40 hours are credited and replaced by 30; 51 hours in one go exceed 10 a week and are rejected.
        Beoordeling correctie = declaraties.beoordeel(FinancienFixtures.declaratie(
                HAAKSBERGEN,
                aanbieder,
                List.of(
                        FinancienFixtures.prestatie(
                                FinancienFixtures.referentie(), eerste, client, toewijzing, 40, DebetCredit.CREDIT),
                        FinancienFixtures.prestatie(
                                FinancienFixtures.referentie(), null, client, toewijzing, 30, DebetCredit.DEBET))));
        assertThat(correctie.afgewezen()).isEmpty();
        Beoordeling teVeel = declaraties.beoordeel(FinancienFixtures.declaratie(
                HAAKSBERGEN,
                aanbieder,
                List.of(FinancienFixtures.prestatie(
                        FinancienFixtures.referentie(), null, client, toewijzing, 51, DebetCredit.DEBET))));
        assertThat(teVeel.afgewezen()).hasSize(1);

        Financieelbeeld beeld = FinancienFixtures.alsBackoffice(() -> financien.beeld(HAAKSBERGEN, 2026));

        List<Realisatie> rijen = beeld.realisatie().stream()
                .filter(r -> r.aanbieder().equals(aanbieder))
                .toList();
        long goedgekeurd = jdbc.sql("select sum(bedrag_eurocent) from declaratie.v_prestaties"
                        + " where aanbieder = :agb and goedgekeurd")
                .param("agb", aanbieder.value())
                .query(Long.class)
                .single();
        assertThat(goedgekeurd).isEqualTo(UURTARIEF.maal(30).eurocent());
        assertThat(rijen).singleElement().satisfies(r -> {
            assertThat(r.maand()).isEqualTo(3);
            assertThat(r.goedgekeurd()).isEqualTo(new Bedrag(goedgekeurd));
            assertThat(r.goedgekeurdePrestaties()).isEqualTo(3);
            assertThat(r.nietGoedgekeurd()).isEqualTo(UURTARIEF.maal(51));
            assertThat(r.afgewezenPrestaties()).isEqualTo(1);
        });
        assertThat(beeld.realisatiePerMaand().get(2)).isGreaterThanOrEqualTo(UURTARIEF.maal(30));
        assertTotalsAreSumsOfParts(beeld);
    }

    @Test
    void prognoseIsRealisatiePlusVerplichtingenPlusInstroomPerHulpvorm() {
        AgbCode aanbieder = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        // A history of new toewijzingen in the twelve months before March 2026.
        for (int maand = 0; maand < 12; maand++) {
            LocalDate begin = YearMonth.of(2025, 3).plusMonths(maand).atDay(1);
            FinancienFixtures.wijsToe(
                    toewijzingen,
                    OLDENZAAL,
                    aanbieder,
                    Periode.van(begin, LocalDate.of(2026, 12, 31)),
                    new Omvang(1, Eenheid.UUR, Frequentie.PER_WEEK));
        }

        Financieelbeeld beeld = FinancienFixtures.alsBackoffice(() -> financien.beeld(OLDENZAAL, 2026));

        Hulpvormregel ambulant = beeld.hulpvormen().stream()
                .filter(r -> r.jeugdzorgvorm().equals("02"))
                .findFirst()
                .orElseThrow();
        assertThat(ambulant.verwachteToewijzingen()).isPositive();
        assertThat(ambulant.prognose())
                .isEqualTo(ambulant.realisatie().plus(ambulant.verplichtingen()).plus(ambulant.instroom()));
        assertThat(ambulant.prognoseLaag()).isLessThanOrEqualTo(ambulant.prognose());
        assertThat(ambulant.prognoseHoog()).isGreaterThanOrEqualTo(ambulant.prognose());
        assertTotalsAreSumsOfParts(beeld);
    }

    @Test
    void storesABegrotingWithVersionsFromFileAndApi() throws Exception {
        String csv = """
                taakveld;naam;hulpvorm;bedrag
                6.72b;Jeugdhulp behandeling;02;1.250.000,00
                6.73a;Pleegzorg;11;400.000
                """;
        MvcTestResult ingelezen = mvc.post()
                .uri("/financien/begroting/import")
                .multipart()
                .file(new MockMultipartFile(
                        "bestand", "begroting.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("gemeente", LOSSER.value())
                .param("jaar", "2027")
                .param("toelichting", "Raadsbesluit november")
                .with(BACKOFFICE)
                .with(csrf())
                .exchange();
        assertThat(ingelezen).hasStatus(HttpStatus.FOUND);

        JsonNode wijziging = FinancienFixtures.json(mvc.put()
                .uri("/api/v1/begrotingen/0168/2027")
                .with(BACKOFFICE)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"toelichting": "Eerste wijziging", "regels": [
                          {"taakveld": "6.72b", "hulpvorm": "02", "eurocent": 130000000},
                          {"taakveld": "6.74c", "hulpvorm": "13", "eurocent": "25000000"}]}""")
                .exchange());

        JsonNode versies = wijziging.get("versies");
        assertThat(versies).hasSize(2);
        assertThat(versies.get(0).get("soort").asString()).isEqualTo("PRIMITIEF");
        assertThat(versies.get(0).get("door").asString()).isEqualTo("backoffice");
        assertThat(versies.get(0).get("totaalEurocent").asLong()).isEqualTo(165_000_000L);
        assertThat(versies.get(1).get("soort").asString()).isEqualTo("WIJZIGING");
        assertThat(versies.get(1).get("totaalEurocent").asLong()).isEqualTo(155_000_000L);
        // What changed: 6.72b up, 6.74c new, 6.73a gone.
        assertThat(versies.get(1).get("mutaties")).hasSize(3);

        // An XLSX workbook becomes the third version.
        byte[] xlsx = new Tabel(
                        "Begroting",
                        List.of("Taakveld", "Hulpvorm", "Bedrag"),
                        List.of(
                                List.of("6.72a", "02", new java.math.BigDecimal("1000.50")),
                                List.of("6.82a", "JB", 250000L)))
                .xlsx();
        assertThat(mvc.post()
                        .uri("/financien/begroting/import")
                        .multipart()
                        .file(new MockMultipartFile("bestand", "begroting.xlsx", Tabel.XLSX, xlsx))
                        .param("gemeente", LOSSER.value())
                        .param("jaar", "2027")
                        .with(BACKOFFICE)
                        .with(csrf())
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        Begroting begroting = FinancienFixtures.alsBackoffice(() -> begrotingen.begroting(LOSSER, 2027));
        assertThat(begroting.versies()).hasSize(3);
        assertThat(begroting.actueel().orElseThrow().totaal()).isEqualTo(new Bedrag(100_050L + 25_000_000L));
    }

    @Test
    void refusesBadBegrotingInDutchAndStoresNothing() {
        MvcTestResult antwoord = mvc.put()
                .uri("/api/v1/begrotingen/0158/2028")
                .with(BACKOFFICE)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"regels": [
                          {"taakveld": "6.72b", "hulpvorm": "02", "eurocent": -100},
                          {"taakveld": "6.72b", "hulpvorm": "03", "eurocent": "veel"},
                          {"taakveld": "6.72", "hulpvorm": "02", "eurocent": 100},
                          {"taakveld": "6.73a", "hulpvorm": "99", "eurocent": 100}]}""")
                .exchange();

        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode fouten = FinancienFixtures.json(antwoord).get("invalidParams");
        assertThat(fouten).hasSize(4);
        assertThat(fouten.get(0).get("name").asString()).isEqualTo("regels[0].bedrag");
        assertThat(fouten.get(0).get("reason").asString()).contains("negatief");
        assertThat(fouten.get(1).get("name").asString()).isEqualTo("regels[1].bedrag");
        assertThat(fouten.get(1).get("reason").asString()).contains("'veel' is geen bedrag");
        assertThat(fouten.get(2).get("name").asString()).isEqualTo("regels[2].taakveld");
        assertThat(fouten.get(2).get("reason").asString()).contains("Taakveld '6.72' bestaat niet");
        assertThat(fouten.get(3).get("name").asString()).isEqualTo("regels[3].hulpvorm");

        MvcTestResult pagina = mvc.post()
                .uri("/financien/begroting/import")
                .multipart()
                .file(new MockMultipartFile(
                        "bestand",
                        "begroting.csv",
                        "text/csv",
                        "taakveld;hulpvorm;bedrag\n6.72b;02;100\n9.9;02;100\n6.73a;11;-5\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .param("gemeente", HAAKSBERGEN.value())
                .param("jaar", "2028")
                .with(BACKOFFICE)
                .with(csrf())
                .exchange();
        assertThat(pagina)
                .hasStatusOk()
                .bodyText()
                .contains("Het bestand is niet ingelezen")
                .contains("Regel 3: Taakveld &#39;9.9&#39; bestaat niet")
                .contains("Regel 4: Bedrag € -5,00 is negatief");

        assertThat(FinancienFixtures.alsBackoffice(() -> begrotingen.begroting(HAAKSBERGEN, 2028))
                        .versies())
                .isEmpty();
    }

    @Test
    void toegangSeesOnlyItsOwnGemeente() {
        RequestPostProcessor haaksbergen = als("toegang-haaksbergen", "TOEGANG", HAAKSBERGEN.value());

        assertThat(mvc.get().uri("/api/v1/financien/0158/2026").with(haaksbergen))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/financien/0168/2026").with(haaksbergen))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/begrotingen/0168/2026").with(haaksbergen))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/financien?gemeente=0168&jaar=2026").with(haaksbergen))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/financien").with(haaksbergen))
                .hasStatusOk()
                .bodyText()
                .contains("Financiën Haaksbergen")
                .doesNotContain("Losser (0168)");
        assertThat(mvc.put()
                        .uri("/api/v1/begrotingen/0158/2026")
                        .with(haaksbergen)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regels\": [{\"taakveld\": \"6.2\", \"hulpvorm\": \"01\", \"eurocent\": 1}]}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/financien/0168/2026").with(metRol("ANALIST")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/financien/0158/2026").with(metRol("INKOOP")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void showsThePageWithChartTableAndExport() {
        assertThat(mvc.get().uri("/financien?gemeente=0158&jaar=2026").with(metRol("ANALIST")))
                .hasStatusOk()
                .bodyText()
                .contains("Per hulpvorm")
                .contains("data-grafiek=\"per-hulpvorm-gegevens\"")
                .contains("Zonder verblijf: ambulant (02)")
                .contains("Totaal");
        MvcTestResult export = mvc.get()
                .uri("/financien/export.xlsx?gemeente=0158&jaar=2026")
                .with(metRol("ANALIST"))
                .exchange();
        assertThat(export).hasStatusOk().hasContentType(Tabel.XLSX);
        assertThat(export.getResponse().getContentAsByteArray()).startsWith('P', 'K');
    }

    private static void assertTotalsAreSumsOfParts(Financieelbeeld beeld) {
        Hulpvormregel totaal = beeld.totaal();
        assertThat(totaal.verplichtingen())
                .isEqualTo(Bedrag.som(beeld.hulpvormen().stream()
                        .map(Hulpvormregel::verplichtingen)
                        .toList()))
                .isEqualTo(Bedrag.som(beeld.verplichtingen().stream()
                        .map(Verplichting::bedrag)
                        .toList()));
        assertThat(totaal.realisatie())
                .isEqualTo(Bedrag.som(beeld.hulpvormen().stream()
                        .map(Hulpvormregel::realisatie)
                        .toList()))
                .isEqualTo(Bedrag.som(
                        beeld.realisatie().stream().map(Realisatie::goedgekeurd).toList()))
                .isEqualTo(Bedrag.som(beeld.realisatiePerMaand()));
        assertThat(totaal.prognose())
                .isEqualTo(Bedrag.som(
                        beeld.hulpvormen().stream().map(Hulpvormregel::prognose).toList()));
    }
}
