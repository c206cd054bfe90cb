package nl.jeugdregie.portaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.AgbCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The declaratie pages of the portal in the browser's requests (clock: 2 March 2026; 45A48 at € 84,00 per hour; care
 * from Monday 9 February): the concept in words, a correction whose rejection shows with its retourcode before
 * anything is sent, sending, and the answer of the gemeente per line.
 */
@JeugdregieTest
class DeclaratiePortaalPaginaTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    PortaalFixtures fixtures;
    AgbCode aanbieder;
    RequestPostProcessor wie;

    @BeforeEach
    void eenGestarteToewijzing() {
        fixtures = new PortaalFixtures(context);
        aanbieder = fixtures.aanbiederMetContract();
        fixtures.gestart(fixtures.toewijzing(aanbieder), LocalDate.of(2026, 2, 9));
        wie = Testgebruikers.aanbiederVan(aanbieder);
    }

    @Test
    void theConceptIsReadableCorrectableAndShowsTheAnswerPerLine() {
        assertThat(mvc.get().uri("/portaal/declaraties").with(wie))
                .hasStatusOk()
                .bodyText()
                .contains("Nieuwe declaratie")
                .contains("Enschede (0153)");
        MvcTestResult gemaakt = mvc.post()
                .uri("/portaal/declaraties")
                .param("gemeente", "0153")
                .param("maand", "2026-02")
                .with(wie)
                .with(csrf())
                .exchange();
        assertThat(gemaakt).hasStatus3xxRedirection();
        String pad = gemaakt.getResponse().getRedirectedUrl();
        assertThat(pad).matches("/portaal/declaraties/\\d+");

        assertThat(mvc.get().uri(pad).with(wie))
                .hasStatusOk()
                .bodyText()
                .contains("Declaratie februari 2026 aan Enschede (0153)")
                .contains("L. de Vries")
                .contains("4 uur per week × 3 weken in februari 2026")
                .contains("€ 1.008,00")
                .contains("€ 84,00")
                .contains("Wordt naar verwachting goedgekeurd")
                .contains("Declaratie versturen");

        assertThat(post(pad + "/regels/1", "volume", "20")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(pad).with(wie))
                .hasStatusOk()
                .bodyText()
                .contains("Wordt afgekeurd")
                .contains("Regel TR321, retourcode Het ingediende volume overschrijdt het toegewezen volume (9321)")
                .contains("(voorgesteld: 12)")
                .doesNotContain("Declaratie versturen");

        assertThat(post(pad + "/regels/1", "volume", "10")).hasStatus3xxRedirection();
        MvcTestResult verstuurd = post(pad + "/versturen", "bevestig", "ja");
        assertThat(verstuurd).hasStatus3xxRedirection();
        assertThat(verstuurd.getMvcResult().getFlashMap().get("succes").toString())
                .contains("verstuurd als JW323");
        assertThat(mvc.get().uri(pad).with(wie))
                .hasStatusOk()
                .bodyText()
                .contains("Wacht op het antwoord van de gemeente")
                .contains("€ 840,00");

        fixtures.verwerk();

        assertThat(mvc.get().uri(pad).with(wie))
                .hasStatusOk()
                .bodyText()
                .contains("Beantwoord door de gemeente (JW325)")
                .contains("Goedgekeurd")
                .doesNotContain("Opslaan");
        assertThat(mvc.get().uri("/portaal/declaraties").with(wie))
                .hasStatusOk()
                .bodyText()
                .contains("februari 2026")
                .contains("€ 840,00");
    }

    @Test
    void aWrongVolumeOrMonthIsExplainedInDutchAndAnotherAanbiederSeesNothing() {
        assertThat(mvc.post()
                        .uri("/portaal/declaraties")
                        .param("gemeente", "")
                        .param("maand", "februari")
                        .with(wie)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Controleer de invoer")
                .contains("Kies de gemeente");
        String pad = mvc.post()
                .uri("/portaal/declaraties")
                .param("gemeente", "0153")
                .param("maand", "2026-02")
                .with(wie)
                .with(csrf())
                .exchange()
                .getResponse()
                .getRedirectedUrl();
        MvcTestResult fout = post(pad + "/regels/1", "volume", "twaalf");
        assertThat(fout.getMvcResult().getFlashMap().get("fout").toString()).contains("heel getal");

        RequestPostProcessor ander = Testgebruikers.aanbiederVan(PortaalFixtures.nieuweAanbieder());
        assertThat(mvc.get().uri(pad).with(ander)).hasStatus(404);
        assertThat(mvc.post().uri(pad + "/versturen").with(ander).with(csrf())).hasStatus(404);
    }

    private MvcTestResult post(String pad, String naam, String waarde) {
        return mvc.post().uri(pad).param(naam, waarde).with(wie).with(csrf()).exchange();
    }
}
