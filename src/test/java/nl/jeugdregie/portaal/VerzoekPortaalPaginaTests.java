package nl.jeugdregie.portaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Testbsn;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The verzoek forms in the browser's requests: a verzoek om toewijzing from the verzoeken page and a verzoek om
 * wijziging from a toewijzing, each shown on the list with the gemeente's answer; an incomplete form is explained on the
 * form and sends nothing.
 */
@JeugdregieTest
class VerzoekPortaalPaginaTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    PortaalFixtures fixtures;
    AgbCode aanbieder;
    RequestPostProcessor wie;

    @BeforeEach
    void eenAanbieder() {
        fixtures = new PortaalFixtures(context);
        aanbieder = fixtures.aanbiederMetContract();
        wie = Testgebruikers.aanbiederVan(aanbieder);
    }

    @Test
    void bothVerzoekenAreSentFromTheirFormsAndListedWithTheAnswer() {
        assertThat(mvc.get().uri("/portaal/verzoeken").with(wie))
                .hasStatusOk()
                .bodyText()
                .contains("Verzoek om toewijzing")
                .contains("U heeft nog geen verzoeken gedaan.");

        assertThat(mvc.post()
                        .uri("/portaal/verzoeken")
                        .param("sleutel", "formulier-1")
                        .param("gemeente", "0153")
                        .param(
                                "bsn",
                                Testbsn.vanaf(783_000_000L + System.nanoTime() % 100_000_000L)
                                        .value())
                        .param("geboortedatum", "2015-06-12")
                        .param("geslacht", "1")
                        .param("achternaam", "Jansen")
                        .param("voorletters", "T")
                        .param("gezagsdragerBekend", "1")
                        .param("productcode", "45A48")
                        .param("ingangsdatum", "2026-03-16")
                        .param("einddatum", "2026-09-30")
                        .param("volume", "3")
                        .param("eenheid", "04")
                        .param("frequentie", "2")
                        .param("verwijzer", "02")
                        .param("zorgverlenerCode", "01123456")
                        .with(wie)
                        .with(csrf()))
                .hasStatus3xxRedirection();

        ToegewezenProduct t = fixtures.toewijzing(aanbieder);
        assertThat(mvc.post()
                        .uri("/portaal/toewijzingen/0153/" + t.nummer() + "/wijziging")
                        .param("sleutel", "formulier-2")
                        .param("reden", "2")
                        .param("gewensteIngangsdatum", "2026-03-09")
                        .param("volume", "6")
                        .param("eenheid", "04")
                        .param("frequentie", "2")
                        .with(wie)
                        .with(csrf()))
                .hasStatus3xxRedirection();
        fixtures.verwerk();

        assertThat(mvc.get().uri("/portaal/verzoeken").with(wie))
                .hasStatusOk()
                .bodyText()
                .contains("Toewijzing (JW315)")
                .contains("Wijziging (JW317)")
                .contains("L. de Vries")
                .contains("Ontvangen zonder fouten")
                .contains("de gemeente antwoordt uiterlijk");
    }

    @Test
    void anIncompleteVerzoekIsExplainedOnTheForm() {
        assertThat(mvc.post()
                        .uri("/portaal/verzoeken")
                        .param("sleutel", "formulier-3")
                        .param("gemeente", "0153")
                        .param("bsn", "12345")
                        .with(wie)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Controleer de invoer")
                .contains("Dit is geen geldig BSN");
        ToegewezenProduct t = fixtures.toewijzing(aanbieder);
        assertThat(mvc.post()
                        .uri("/portaal/toewijzingen/0153/" + t.nummer() + "/wijziging")
                        .param("sleutel", "formulier-4")
                        .with(wie)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Kies de reden van het verzoek.");
    }
}
