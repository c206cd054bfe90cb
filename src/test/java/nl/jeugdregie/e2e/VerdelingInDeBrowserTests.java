package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The backoffice opens the verdeling in the region, sets the keys of a year on the page, is told in Dutch that a key
 * which does not add up to 100 % is not stored, and reads the settlement per gemeente as chart and table. Every page
 * is checked with axe-core and photographed in {@code target/schermafbeeldingen/verdeling}.
 */
class VerdelingInDeBrowserTests extends InDeBrowser {

    @Test
    void theBackofficeSetsTheKeysAndReadsTheSettlement() {
        logInAls("backoffice");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Verdeling"))
                .click();
        page.getByLabel("Jaar", new Page.GetByLabelOptions().setExact(true)).selectOption("2027");
        knop("Tonen").click();
        assertThat(kop("Verdeling in de regio 2027")).isVisible();
        assertThat(page.locator("main"))
                .containsText("Voor dit jaar zijn nog geen verdeelsleutels vastgelegd: elke gemeente draagt haar eigen"
                        + " kosten.");
        assertThat(page.locator("canvas#per-gemeente")).isVisible();
        assertToegankelijk();
        schermafbeelding("1-zonder-sleutels");

        page.getByLabel("Per inwoner Jeugdhulp met verblijf (solidair)").fill("50");
        page.getByLabel("Per jeugdige Jeugdhulp met verblijf (solidair)").fill("30");
        page.getByLabel("Naar werkelijk gebruik Jeugdhulp met verblijf (solidair)")
                .fill("10");
        knop("Vastleggen").click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("De sleutel van Jeugdhulp met verblijf (solidair) telt op tot 90 % (50 + 30 + 10)");
        assertToegankelijk();
        schermafbeelding("2-fout");

        page.getByLabel("Naar werkelijk gebruik Jeugdhulp met verblijf (solidair)")
                .fill("20");
        page.getByLabel("Toelichting (bijvoorbeeld het besluit van het regionaal overleg)")
                .fill("Regionaal overleg 12 maart");
        knop("Vastleggen").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Verdeelsleutels 2027 vastgelegd (versie 1).");
        assertThat(page.locator("main"))
                .containsText("Sleutel: 50 % per inwoner, 30 % per jeugdige en 20 % naar werkelijk gebruik.");
        assertThat(page.locator("main")).containsText("Regionaal overleg 12 maart");
        assertThat(page.locator("main table tfoot").first()).containsText("Totaal");
        assertToegankelijk();
        schermafbeelding("3-verdeling");
    }

    private void schermafbeelding(String naam) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "schermafbeeldingen", "verdeling", naam + ".png"))
                .setFullPage(true));
    }
}
