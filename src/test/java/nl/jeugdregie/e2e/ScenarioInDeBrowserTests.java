package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import nl.jeugdregie.financien.FinancienFixtures;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A policy analyst of Twenterand computes a scenario, is told in Dutch that a lever outside its range is not used,
 * saves two scenario's and compares them, each page with its chart and tables. Every page is checked with axe-core
 * and photographed in {@code target/schermafbeeldingen/scenarios}.
 */
class ScenarioInDeBrowserTests extends InDeBrowser {

    private static final GemeenteCode TWENTERAND = new GemeenteCode("1700");

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Test
    void theAnalystComputesSavesAndComparesScenarios() {
        AgbCode aanbieder = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        for (int i = 0; i < 3; i++) {
            FinancienFixtures.tienUurPerWeek(toewijzingen, TWENTERAND, aanbieder);
        }
        logInAls("analist");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Scenario's"))
                .click();
        page.getByLabel("Gemeente", new Page.GetByLabelOptions().setExact(true)).selectOption(TWENTERAND.value());
        knop("Tonen").click();
        assertThat(kop("Scenario's: Twenterand (1700)")).isVisible();
        assertThat(page.locator("main")).containsText("Er zijn nog geen scenario's voor deze gemeente.");
        assertToegankelijk();
        schermafbeelding("1-leeg");

        page.getByLabel("Kortere duur (%)").fill("40");
        page.getByLabel("Opgave 2027").fill("10.000,00");
        knop("Doorrekenen").click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Kortere duur: 40 % ligt buiten het bereik van 0 tot en met 30 %");
        assertToegankelijk();
        schermafbeelding("2-fout");

        page.getByLabel("Kortere duur (%)").fill("10");
        page.getByLabel("Minder instroom door een sterker lokaal team (%)").fill("5");
        knop("Doorrekenen").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Doorrekening (niet opgeslagen)")))
                .isVisible();
        assertThat(page.locator("canvas#scenariografiek")).isVisible();
        assertThat(page.locator("main")).containsText("Besparing per maatregel per jaar");
        assertToegankelijk();
        schermafbeelding("3-doorrekening");

        page.getByLabel("Naam (nodig om op te slaan)").fill("Korter en minder instroom");
        knop("Opslaan").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Scenario 'Korter en minder instroom' opgeslagen.");
        assertThat(kop("Scenario Korter en minder instroom: Twenterand (1700)")).isVisible();
        assertThat(page.locator("main")).containsText("10 %");
        assertToegankelijk();
        schermafbeelding("4-scenario");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de scenario's"))
                .click();
        page.getByLabel("Naam (nodig om op te slaan)").fill("Alleen indexatie");
        page.getByLabel("Tariefindexatie (%)").fill("1");
        page.getByLabel("Verwachte indexatie (aanname) (%)").fill("3,5");
        knop("Opslaan").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de scenario's"))
                .click();
        page.getByLabel("Korter en minder instroom vergelijken").check();
        page.getByLabel("Alleen indexatie vergelijken").check();
        knop("Gekozen scenario's vergelijken").click();
        assertThat(kop("Scenario's vergelijken")).isVisible();
        assertThat(page.locator("main")).containsText("Maatregelen naast elkaar");
        assertThat(page.locator("canvas#scenariografiek")).isVisible();
        assertToegankelijk();
        schermafbeelding("5-vergelijking");
    }

    private void schermafbeelding(String naam) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "schermafbeeldingen", "scenarios", naam + ".png"))
                .setFullPage(true));
    }
}
