package nl.jeugdregie.inkoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.Paginering;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data of inkoop: the demo aanbieders, an aanbieder with a contract (also for the tests of other modules), shared
 * sources and the status of an import.
 */
public final class InkoopFixtures {

    /** The demo aanbieder of the demo user {@code aanbieder}. */
    public static final AgbCode DEMO = new AgbCode("99000001");

    /** Another demo aanbieder (Ambiq), a strategic partner. */
    public static final AgbCode ANDER = new AgbCode("99000002");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InkoopFixtures() {}

    /**
     * A new aanbieder (REGULIER) with a contract over 2026 ({@code "C-" + agb}) for one product per hour at one
     * tariff for the whole year; answers the contract's id.
     */
    public static long aanbiederMetContract(
            AanbiederService aanbieders,
            ContractService contracten,
            AgbCode agb,
            String naam,
            String product,
            Bedrag uurtarief) {
        Periode jaar = Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        aanbieders.voegToe(new Aanbiedergegevens(agb, null, naam, Relatie.REGULIER, null, null, List.of()));
        long contract = contracten
                .voegToe(new Contractgegevens("C-" + agb.value(), agb, "Ambulant", jaar, null))
                .id();
        contracten.voegProductToe(contract, product, Eenheid.UUR);
        contracten.voegTariefToe(contract, product, uurtarief, jaar);
        return contract;
    }

    /** The first contract of an aanbieder, as the overview lists it. */
    static long contractVan(ContractService contracten, AgbCode agb) {
        return contracten
                .zoek(agb, null, null, Paginering.van(1, 1))
                .items()
                .get(0)
                .id();
    }

    /** The first waiting time of an aanbieder, as the overview lists it by aanbieder. */
    static Wachttijd wachttijdVan(WachttijdService wachttijden, AgbCode agb) {
        return wachttijden
                .zoek(
                        WachttijdService.Filter.alles().voorAanbieder(agb),
                        WachttijdService.Sortering.AANBIEDER,
                        Paginering.van(1, 1))
                .items()
                .get(0);
    }

    /**
     * Waits until the import that answered {@code gestart} (202 with its Location) is no longer running, and returns
     * its status as the API gives it.
     */
    static JsonNode afgerond(MockMvcTester mvc, MvcTestResult gestart, RequestPostProcessor gebruiker) {
        assertThat(gestart).hasStatus(HttpStatus.ACCEPTED).containsHeader("Location");
        String status = URI.create(gestart.getResponse().getHeader("Location")).getPath();
        return await().atMost(Duration.ofMinutes(2))
                .until(
                        () -> json(mvc.get().uri(status).with(gebruiker).exchange()),
                        s -> !s.get("status").asString().equals("BEZIG"));
    }

    static JsonNode json(MvcTestResult antwoord) {
        try {
            return JSON.readTree(antwoord.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file below the shared folder; skips the calling test when it is absent. */
    static Path gedeeld(String relatief) {
        Path shared = Path.of(System.getProperty("jeugdregie.shared", "../shared"));
        Path bestand = shared.resolve(relatief);
        assumeTrue(
                Files.isRegularFile(bestand),
                () -> "Skipped: shared file " + bestand.toAbsolutePath()
                        + " is absent (set -Djeugdregie.shared to the shared folder)");
        return bestand;
    }
}
