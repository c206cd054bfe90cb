package nl.jeugdregie.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.inkoop.WachttijdService;
import nl.jeugdregie.inkoop.Wachttijdbron;
import nl.jeugdregie.inkoop.Wachttijdgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Testbsn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The waiting time an aanbieder states in the register stands beside the real one, per aanbieder, and nowhere else. */
@JeugdregieTest
class OpgegevenWachttijdTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    WachttijdService wachttijden;

    @Autowired
    OpgegevenWachttijd opgegeven;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theStatedWaitingTimeStandsBesideTheRealOnePerAanbieder() {
        int run = ThreadLocalRandom.current().nextInt(1_000_000);
        AgbCode aanbieder = new AgbCode(String.format("93%06d", run));
        InkoopFixtures.aanbiederMetContract(
                aanbieders, contracten, aanbieder, "Opgave " + aanbieder, "45A48", Bedrag.euro(84));
        for (String locatie : new String[] {"Enschede", "Hengelo"}) {
            wachttijden.registreer(
                    new Wachttijdgegevens(
                            aanbieder,
                            "45A48",
                            "Ambulante begeleiding",
                            locatie,
                            BigDecimal.ONE,
                            locatie.equals("Enschede") ? BigDecimal.valueOf(5) : BigDecimal.valueOf(7),
                            2,
                            false,
                            null,
                            null,
                            LocalDate.of(2026, 2, 20)),
                    Wachttijdbron.AANBIEDER);
        }
        SturingFixtures.lopendeZorg(
                context,
                new GemeenteCode("0153"),
                aanbieder,
                Testbsn.vanaf(700_000_000L + run * 29L),
                LocalDate.of(2026, 3, 2),
                "W" + run);

        // (5 + 7) / 2 weeks = 6 weeks = 42 days until the start of care.
        assertThat(opgegeven.per(Uitsplitsing.AANBIEDER).get(aanbieder.value()))
                .isEqualTo(new OpgegevenWachttijd.Opgave(42, LocalDate.of(2026, 2, 20)));
        assertThat(opgegeven.per(Uitsplitsing.VERWIJZER)).isEmpty();
        assertThat(mvc.get()
                        .uri("/sturing/indicatoren/wachttijd?gemeente=0153&periode=2026&uitsplitsing=aanbieder")
                        .with(Testgebruikers.als("anouk", "ANALIST")))
                .hasStatusOk()
                .bodyText()
                .contains("Opgegeven in het wachttijdenregister", "42 dagen (bevestigd 20-02-2026)");
        assertThat(mvc.get()
                        .uri("/sturing/indicatoren/uitval?gemeente=0153&periode=2026&uitsplitsing=aanbieder")
                        .with(Testgebruikers.als("anouk", "ANALIST")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Opgegeven in het wachttijdenregister");
    }
}
