package nl.jeugdregie.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Testbsn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The work list of running trajecten past the review norm: a traject of more than a year without verblijf is on it
 * with its toewijzing, one of less than a year is not, and only the toegang workers and backoffice of the gemeente
 * responsible may open it.
 */
@JeugdregieTest
class HerbeoordelingTests {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");

    @Autowired
    ApplicationContext context;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    MockMvcTester mvc;

    @Test
    void aTrajectPastTheNormIsListedWithItsToewijzingAndAShorterOneIsNot() {
        int run = ThreadLocalRandom.current().nextInt(1_000_000);
        AgbCode aanbieder = new AgbCode(String.format("94%06d", run));
        InkoopFixtures.aanbiederMetContract(
                aanbieders, contracten, aanbieder, "Lange hulp " + aanbieder, "45A48", Bedrag.euro(84));
        long lang = lopend(aanbieder, Testbsn.vanaf(500_000_000L + run * 43L), LocalDate.of(2024, 11, 4), "L" + run);
        long kort = lopend(aanbieder, Testbsn.vanaf(600_000_000L + run * 43L), LocalDate.of(2025, 6, 2), "K" + run);

        assertThat(mvc.get()
                        .uri("/sturing/herbeoordelen?gemeente=0153")
                        .with(Testgebruikers.als("tanja", "TOEGANG", "0153")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Toewijzing " + lang,
                        "Lange hulp " + aanbieder,
                        "04-11-2024",
                        "1 jaar en 3 maanden (484 dagen)")
                .doesNotContain("Toewijzing " + kort + "<");
    }

    @Test
    void onlyTheGemeenteResponsibleMayOpenTheList() {
        assertThat(mvc.get()
                        .uri("/sturing/herbeoordelen?gemeente=0153")
                        .with(Testgebruikers.als("henk", "TOEGANG", "0164")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/sturing/herbeoordelen?gemeente=0153").with(Testgebruikers.als("anouk", "ANALIST")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/sturing/herbeoordelen?gemeente=0153").with(Testgebruikers.als("bo", "BACKOFFICE")))
                .hasStatusOk();
    }

    private long lopend(AgbCode aanbieder, Bsn bsn, LocalDate begin, String voorvoegsel) {
        return SturingFixtures.lopendeZorg(context, ENSCHEDE, aanbieder, bsn, begin, voorvoegsel);
    }
}
