package nl.jeugdregie.inkoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@JeugdregieTest
class ContractenApiTests {

    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ContractService contracten;

    @Autowired
    JdbcClient jdbc;

    long contract;

    /** A contract 2025–2026 for product 45A48 per hour: € 80,00 in 2025 and € 84,00 in 2026. */
    @BeforeEach
    void eenContractMetTweeJaartarieven() {
        contract = contracten
                .voegToe(new Contractgegevens(
                        "TEST-" + VOLGNUMMER.incrementAndGet() + "-" + System.nanoTime() % 100000,
                        InkoopFixtures.DEMO,
                        "Testperceel",
                        Periode.van(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
                        null))
                .id();
        contracten.voegProductToe(contract, "45A48", Eenheid.UUR);
        contracten.voegTariefToe(
                contract, "45A48", Bedrag.euro(80), Periode.van(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        contracten.voegTariefToe(
                contract, "45A48", Bedrag.euro(84), Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void findsTheTariffValidOnTheDeliveryDate() {
        assertThat(contracten.tariefOp(contract, "45A48", LocalDate.of(2025, 12, 31)))
                .get()
                .extracting(GeldendTarief::bedrag)
                .isEqualTo(Bedrag.euro(80));
        assertThat(contracten.tariefOp(contract, "45A48", LocalDate.of(2026, 1, 1)))
                .get()
                .extracting(GeldendTarief::bedrag)
                .isEqualTo(Bedrag.euro(84));
        assertThat(contracten.tariefOp(contract, "45A48", LocalDate.of(2027, 1, 1)))
                .isEmpty();
        assertThat(mvc.get()
                        .uri("/api/v1/contracten/" + contract + "/tarief?productcode=45A48&leverdatum=2025-06-15")
                        .with(httpBasic("backoffice", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.eurocent")
                .isEqualTo(8000);
        assertThat(mvc.get()
                        .uri("/api/v1/contracten/" + contract + "/tarief?productcode=45A48&leverdatum=2024-12-31")
                        .with(httpBasic("inkoop", "demo")))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void refusesAnOverlappingTariffPeriodWithAClearConflict() {
        assertThat(mvc.post()
                        .uri("/api/v1/contracten/" + contract + "/producten/45A48/tarieven")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bedrag\":\"90.00\",\"begindatum\":\"2026-07-01\",\"einddatum\":\"2026-12-31\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("geldt in deze periode al een tarief", "01-01-2026 t/m 31-12-2026");
        assertThat(contracten.tariefOp(contract, "45A48", LocalDate.of(2026, 8, 1)))
                .get()
                .extracting(GeldendTarief::bedrag)
                .isEqualTo(Bedrag.euro(84));
    }

    @Test
    void theDatabaseItselfRefusesOverlappingPeriods() {
        long contractproduct = contracten.contractproduct(contract, "45A48").id();
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into inkoop.tarief (contractproduct_id, eurocent, geldig)
                                values (:cp, 100, daterange('2025-06-01', '2025-07-01'))""").param("cp", contractproduct).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("tarief_zonder_overlap");
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into inkoop.tarief (contractproduct_id, eurocent, geldig)
                                values (:cp, 100, daterange('2027-01-01', '2027-02-01'))""").param("cp", contractproduct).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("buiten de looptijd");
    }

    @Test
    void refusesANegativeTariffAndAPeriodOutsideTheLooptijd() {
        contracten.voegProductToe(contract, "45A53", Eenheid.UUR);
        assertThat(mvc.post()
                        .uri("/api/v1/contracten/" + contract + "/producten/45A53/tarieven")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bedrag\":\"-12.50\",\"begindatum\":\"2025-01-01\",\"einddatum\":\"2025-12-31\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.invalidParams[0].reason")
                .isEqualTo("Een tarief kan niet negatief zijn");
        assertThat(mvc.post()
                        .uri("/api/v1/contracten/" + contract + "/producten/45A53/tarieven")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bedrag\":\"110\",\"begindatum\":\"2026-07-01\",\"einddatum\":\"2027-06-30\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.invalidParams[0].reason")
                .asString()
                .contains("valt buiten de looptijd van het contract (01-01-2025 t/m 31-12-2026)");
        assertThat(contracten.contractproduct(contract, "45A53").tarieven()).isEmpty();
    }

    @Test
    void aLooptijdThatWouldLeaveATariffOutsideIsRefused() {
        Contract huidig = contracten.vereis(contract);
        assertThat(mvc.put()
                        .uri("/api/v1/contracten/" + contract)
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nummer\":\"" + huidig.nummer()
                                + "\",\"agb\":\"99000001\",\"perceel\":\"Testperceel\","
                                + "\"begindatum\":\"2025-01-01\",\"einddatum\":\"2025-12-31\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(contracten.vereis(contract).looptijd()).isEqualTo(huidig.looptijd());
    }

    @Test
    void historyShowsWhoChangedWhichTariffAndWhen() {
        long tarief2026 = contracten
                .contractproduct(contract, "45A48")
                .tariefOp(LocalDate.of(2026, 1, 1))
                .orElseThrow()
                .id();
        assertThat(mvc.put()
                        .uri("/api/v1/contracten/" + contract + "/tarieven/" + tarief2026)
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bedrag\":\"85,50\",\"begindatum\":\"2026-01-01\",\"einddatum\":\"2026-12-31\"}"))
                .hasStatusOk();
        assertThat(contracten.historie(contract)).first().satisfies(w -> {
            assertThat(w.gebruiker()).isEqualTo("inkoop");
            assertThat(w.soort()).isEqualTo("TARIEF");
            assertThat(w.omschrijving()).contains("45A48", "€ 84,00", "€ 85,50");
            assertThat(w.tijdstip().toInstant()).isEqualTo(JeugdregieTest.NU);
        });
        assertThat(mvc.get().uri("/api/v1/contracten/" + contract + "/historie").with(httpBasic("inkoop", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(5);
    }

    @Test
    void anEenheidThatDoesNotFitTheProductIsRefused() {
        assertThat(mvc.post()
                        .uri("/api/v1/contracten/" + contract + "/producten")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productcode\":\"45A06\",\"eenheid\":\"83\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.invalidParams[0].name")
                .isEqualTo("eenheid");
    }

    @Test
    void onlyInkoopChangesContracts() {
        assertThat(mvc.post()
                        .uri("/api/v1/contracten/" + contract + "/producten/45A48/tarieven")
                        .with(httpBasic("aanbieder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bedrag\":\"999\",\"begindatum\":\"2025-01-01\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/contracten").with(httpBasic("toegang", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
