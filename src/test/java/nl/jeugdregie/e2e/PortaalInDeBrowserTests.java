package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.platform.Demomodus;
import nl.jeugdregie.portaal.PortaalFixtures;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A small aanbieder without software of its own goes through its care of a jeugdige in the browser: it reads the new
 * toewijzing in words and acknowledges the JW301, reports the start, is told with its retourcode why a stop before
 * the start cannot be sent, and reports the stop with the outcome questions. Every page is checked with axe-core and
 * photographed in {@code target/schermafbeeldingen/portaal}.
 */
class PortaalInDeBrowserTests extends InDeBrowser {

    @Autowired
    ApplicationContext context;

    @Test
    void aSmallAanbiederAcknowledgesStartsAndStopsInTheBrowser() {
        PortaalFixtures fixtures = new PortaalFixtures(context);
        ToegewezenProduct toewijzing = fixtures.toewijzing(new AgbCode(Demomodus.DEMO_AANBIEDER_AGB));
        String nummer = toewijzing.nummer().toString();

        logInAls("aanbieder");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Toewijzingen en zorg"))
                .click();
        assertThat(kop("Toewijzingen en zorg")).isVisible();
        Locator bericht = page.locator("main table")
                .first()
                .locator("tr")
                .filter(new Locator.FilterOptions().setHasText("Toewijzing " + nummer));
        assertThat(bericht).containsText("L. de Vries");
        assertThat(bericht).containsText("geboren 04-05-2014");
        assertThat(bericht).containsText("4 uur per week");
        assertThat(bericht).containsText("02-02-2026 t/m 31-08-2026");
        assertToegankelijk();
        schermafbeelding("1-overzicht");

        bericht.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het toewijzingsbericht is bevestigd met JW302");
        fixtures.verwerk();
        page.reload();
        assertThat(page.locator("main table")
                        .first()
                        .locator("tr")
                        .filter(new Locator.FilterOptions().setHasText("Toewijzing " + nummer)))
                .containsText("Bevestigd");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toewijzing " + nummer))
                .click();
        assertThat(kop("Toewijzing " + nummer)).isVisible();
        assertThat(page.locator("main")).containsText("Nog niet gestart.");
        assertToegankelijk();
        schermafbeelding("2-toewijzing");

        page.getByLabel("Begindatum (bij intrekken: de begindatum van de start die vervalt)")
                .fill("2026-02-09");
        knop("Startbericht versturen").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is verstuurd en wordt verwerkt");
        fixtures.verwerk();
        page.reload();
        assertThat(page.locator("main table").first()).containsText("09-02-2026");

        page.getByLabel("Einddatum: de laatste dag van de zorg").fill("2026-02-01");
        page.getByLabel("Levering is volgens plan beeindigd. (31)").check();
        knop("Stopbericht versturen").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Retourcode");
        assertToegankelijk();
        schermafbeelding("3-stop-afgekeurd");

        page.getByLabel("Einddatum: de laatste dag van de zorg").fill("2026-02-27");
        page.getByLabel("Levering is volgens plan beeindigd. (31)").check();
        page.getByLabel("Ingevuld door").selectOption("JEUGDIGE");
        page.getByLabel("Ik heb geen verdere hulp meer nodig").check();
        page.getByLabel("Rapportcijfer: hoe nuttig was deze hulp? (1 = volkomen nutteloos, 10 = uitstekend)")
                .selectOption("8");
        page.getByLabel("De doelen zijn bereikt").check();
        knop("Stopbericht versturen").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is verstuurd en wordt verwerkt");
        fixtures.verwerk();
        page.reload();
        assertThat(page.locator("main")).containsText("27-02-2026");
        assertThat(page.locator("main")).containsText("Ik heb geen verdere hulp meer nodig (04)");
        assertToegankelijk();
        schermafbeelding("4-gestopt");
    }

    private void schermafbeelding(String naam) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "schermafbeeldingen", "portaal", naam + ".png"))
                .setFullPage(true));
    }
}
