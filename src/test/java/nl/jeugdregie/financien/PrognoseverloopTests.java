package nl.jeugdregie.financien;

import static nl.jeugdregie.Testgebruikers.als;
import static nl.jeugdregie.Testgebruikers.metRol;
import static nl.jeugdregie.financien.FinancienFixtures.JAAR_2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.Contractproduct;
import nl.jeugdregie.inkoop.Tarief;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * How the prognose moved since last month's kept stand, on real contracts and toewijzingen (clock: Monday 2 March
 * 2026): a tariff change is prijs, a new toewijzing volume, each to the cent; the monthly job keeps one stand per month;
 * page, export and API show it to the roles that see the rest of the financial picture.
 */
@JeugdregieTest
class PrognoseverloopTests {

    /** Gemeenten no other test gives toewijzingen, so their figures are this test's own. */
    private static final GemeenteCode HOF_VAN_TWENTE = new GemeenteCode("1735");

    private static final GemeenteCode DINKELLAND = new GemeenteCode("1774");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FinancienService financien;

    @Autowired
    PrognosestandRepository standen;

    @Autowired
    Prognosestandplanner planner;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    JdbcClient jdbc;

    @Test
    void splitsATariffChangeIntoPriceAndANewToewijzingIntoVolumeToTheCent() throws IOException {
        AgbCode aanbieder = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        // 10 hours a week from Monday 2 March to 31 December: 44 ISO weeks, 440 hours at € 84,00 = € 36.960,00.
        FinancienFixtures.tienUurPerWeek(toewijzingen, HOF_VAN_TWENTE, aanbieder);
        Financieelbeeld februari = FinancienFixtures.alsBackoffice(() -> financien.beeld(HOF_VAN_TWENTE, 2026));
        Hulpvormregel ambulantToen = ambulant(februari);
        assertThat(ambulantToen.verplichtingen()).isEqualTo(new Bedrag(3_696_000));
        // The stand February's first view would have kept, had the picture then been as it is now.
        Prognosestand nu = Prognosestand.van(februari, JeugdregieTest.NU.minusSeconds(28L * 24 * 3600));
        assertThat(standen.bewaar(new Prognosestand(
                        nu.gemeente(),
                        nu.jaar(),
                        YearMonth.of(2026, 2),
                        LocalDate.of(2026, 2, 2),
                        nu.berekendOp(),
                        nu.hulpvormen(),
                        nu.eenheden())))
                .isTrue();

        // The tariff rises to € 90,00 for the whole year, and a second toewijzing of 5 hours a week starts.
        long contract = contracten
                .zoek(aanbieder, null, null, Paginering.van(1, 1))
                .items()
                .get(0)
                .id();
        Contractproduct product = contracten.producten(contract).get(0);
        Tarief tarief = product.tarieven().get(0);
        contracten.wijzigTarief(contract, tarief.id(), Bedrag.euro(90), JAAR_2026);
        FinancienFixtures.wijsToe(
                toewijzingen,
                HOF_VAN_TWENTE,
                aanbieder,
                Periode.van(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31)),
                new Omvang(5, Eenheid.UUR, Frequentie.PER_WEEK));

        Financieelbeeld maart = FinancienFixtures.alsBackoffice(() -> financien.beeld(HOF_VAN_TWENTE, 2026));
        Prognoseverloop verloop = FinancienFixtures.alsBackoffice(() -> financien.verloop(maart));

        // Now 660 hours at € 90,00 = € 59.400,00. Prijs: € 6,00 more for each of today's 660 hours = € 3.960,00;
        // volume: the 220 new hours at last month's € 84,00 = € 18.480,00; no history, so no inflow either time.
        assertThat(ambulant(maart).verplichtingen()).isEqualTo(new Bedrag(5_940_000));
        assertThat(verloop.bekend()).isTrue();
        assertThat(verloop.sinds()).isEqualTo(YearMonth.of(2026, 2));
        Prognoseverloop.Verloopregel regel = verloop.hulpvormen().stream()
                .filter(r -> r.jeugdzorgvorm().equals("02"))
                .findFirst()
                .orElseThrow();
        assertThat(regel.vorige()).isEqualTo(ambulantToen.prognose());
        assertThat(regel.prijs()).isEqualTo(new Bedrag(396_000));
        assertThat(regel.volume()).isEqualTo(new Bedrag(1_848_000));
        assertThat(regel.nieuweInstroom())
                .isEqualTo(ambulant(maart).instroom().min(ambulantToen.instroom()))
                .isEqualTo(Bedrag.NUL);
        assertThat(regel.huidige()).isEqualTo(ambulant(maart).prognose());
        assertThat(verloop.totaal().huidige()).isEqualTo(maart.totaal().prognose());
        assertThat(verloop.totaal().vorige()).isEqualTo(februari.totaal().prognose());
        assertThat(verloop.samenvatting())
                .isEqualTo("De prognose is sinds februari 2026 gestegen met € 22.440,00 tot € 59.400,00; de grootste"
                        + " oorzaak is volume (de hoeveelheid zorg): € 18.480,00 hoger.");

        // The API, the page and the export show the same numbers.
        JsonNode json = FinancienFixtures.json(mvc.get()
                .uri("/api/v1/financien/1735/2026")
                .with(metRol("ANALIST"))
                .exchange());
        JsonNode api = json.get("verloop");
        assertThat(api.get("sinds").asString()).isEqualTo("2026-02");
        assertThat(api.get("bekend").asBoolean()).isTrue();
        assertThat(api.get("totaal").get("prijsEurocent").asLong()).isEqualTo(396_000);
        assertThat(api.get("totaal").get("volumeEurocent").asLong()).isEqualTo(1_848_000);
        assertThat(api.get("totaal").get("nieuweInstroomEurocent").asLong()).isZero();
        assertThat(api.get("totaal").get("vorigePrognoseEurocent").asLong()).isEqualTo(3_696_000);
        assertThat(api.get("totaal").get("huidigePrognoseEurocent").asLong()).isEqualTo(5_940_000);
        assertThat(api.get("hulpvormen").get(0).get("hulpvorm").asString()).isEqualTo("02");
        assertThat(mvc.get().uri("/financien?gemeente=1735&jaar=2026").with(metRol("ANALIST")))
                .hasStatusOk()
                .bodyText()
                .contains("Verloop sinds februari 2026")
                .contains("Vorige prognose")
                .contains("€ 3.960,00")
                .contains("€ 18.480,00")
                .contains("de grootste oorzaak is volume (de hoeveelheid zorg): € 18.480,00 hoger")
                .contains("02-02-2026 10:00")
                .doesNotContain("Nog geen stand van vorige maand");
        MvcTestResult export = mvc.get()
                .uri("/financien/export.xlsx?gemeente=1735&jaar=2026")
                .with(metRol("ANALIST"))
                .exchange();
        assertThat(blad(export.getResponse().getContentAsByteArray()))
                .contains("Verloop sinds februari 2026")
                .contains("Nieuwe instroom (euro)")
                .contains("<v>3960.00</v>")
                .contains("<v>18480.00</v>");
    }

    @Test
    void withoutAStandOfLastMonthSaysSoInsteadOfZeros() {
        assertThat(mvc.get().uri("/financien?gemeente=1774&jaar=2026").with(metRol("BACKOFFICE")))
                .hasStatusOk()
                .bodyText()
                .contains("Verloop sinds februari 2026")
                .contains("Nog geen stand van vorige maand")
                .doesNotContain("Huidige prognose");
        JsonNode api = FinancienFixtures.json(mvc.get()
                        .uri("/api/v1/financien/1774/2026")
                        .with(metRol("BACKOFFICE"))
                        .exchange())
                .get("verloop");
        assertThat(api.get("bekend").asBoolean()).isFalse();
        assertThat(api.get("hulpvormen")).isEmpty();
        assertThat(api.get("totaal").isNull()).isTrue();
        assertThat(api.get("samenvatting").asString()).isEqualTo("Nog geen stand van vorige maand (februari 2026).");
    }

    @Test
    void theJobKeepsOneStandPerGemeenteAMonthEvenWhenRunTwice() {
        List<GemeenteCode> regio = FinancienFixtures.alsBackoffice(financien::zichtbareGemeenten);
        assertThat(regio).contains(HOF_VAN_TWENTE, DINKELLAND);

        planner.houdStandenBij();
        int tweedeKeer = planner.houdStandenBij();

        assertThat(tweedeKeer).isZero();
        assertThat(jdbc.sql("""
                        select gemeente, count(*) from financien.prognosestand
                        where jaar = 2026 and maand = date '2026-03-01' group by gemeente""")
                        .query((rs, i) -> rs.getString("gemeente").strip() + "=" + rs.getInt(2))
                        .list())
                .containsExactlyInAnyOrderElementsOf(
                        regio.stream().map(g -> g.value() + "=1").toList());
        // A kept stand is the history: a second one of the month is not stored, and it is never changed.
        Prognosestand maart =
                standen.stand(DINKELLAND, 2026, YearMonth.of(2026, 3)).orElseThrow();
        assertThat(standen.bewaar(maart)).isFalse();
        assertThatThrownBy(() -> jdbc.sql("update financien.prognosestand set peildatum = date '2026-03-03'"
                                + " where gemeente = '1774' and jaar = 2026")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("niet gewijzigd");
    }

    @Test
    void showsTheMovementOnlyWithinTheScopeOfTheFinancialPicture() {
        var haaksbergen = als("toegang-haaksbergen", "TOEGANG", "0158");

        assertThat(mvc.get().uri("/api/v1/financien/1735/2026").with(haaksbergen))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/financien?gemeente=1735&jaar=2026").with(haaksbergen))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/financien/export.xlsx?gemeente=1735&jaar=2026")
                        .with(haaksbergen))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/financien?gemeente=1735&jaar=2026").with(metRol("INKOOP")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/financien?gemeente=0158&jaar=2026").with(haaksbergen))
                .hasStatusOk()
                .bodyText()
                .contains("Verloop sinds februari 2026");
    }

    private static Hulpvormregel ambulant(Financieelbeeld beeld) {
        return beeld.hulpvormen().stream()
                .filter(r -> r.jeugdzorgvorm().equals("02"))
                .findFirst()
                .orElseThrow();
    }

    /** The worksheet of an XLSX export as text. */
    private static String blad(byte[] xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry deel = zip.getNextEntry(); deel != null; deel = zip.getNextEntry()) {
                if (deel.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("Geen werkblad in de export");
    }
}
