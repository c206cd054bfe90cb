package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The toewijzing pages as the backoffice and a toegang worker use them, on the demo data (an overdue VOT in Enschede,
 * a started toewijzing for BSN 999990032), each checked with axe-core.
 */
class ToewijzingInDeBrowserTests extends InDeBrowser {

    @Test
    void workQueueAndAVerzoekAreAccessible() {
        logInAls("backoffice");
        page.navigate(url("/toewijzing/verzoeken"));

        assertThat(kop("Werkvoorraad verzoeken")).isVisible();
        assertThat(page.locator("main")).containsText("Te laat");
        assertToegankelijk();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DEMO-VOT-1"))
                .click();
        assertThat(page.locator("main")).containsText("999990007");
        assertToegankelijk();
    }

    @Test
    void toegangFindsAClientAndOpensAToewijzing() {
        logInAls("toegang");
        page.navigate(url("/toewijzing/clienten"));
        assertThat(kop("Toewijzingen van een jeugdige")).isVisible();
        assertToegankelijk();

        page.getByLabel("BSN").fill("999990032");
        knop("Zoeken").click();
        assertThat(page.locator("main")).containsText("Gestart");
        assertToegankelijk();

        page.locator("table").first().getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("main")).containsText("Versies");
        assertToegankelijk();
    }

    @Test
    void newToewijzingFormShowsAccessibleErrors() {
        logInAls("toegang");
        page.navigate(url("/toewijzing/nieuw"));
        assertToegankelijk();

        knop("Toewijzen").click();

        assertThat(page.getByText("Controleer de invoer")).isVisible();
        assertToegankelijk();
    }

    @Test
    void toegangWorkerSeesTheToewijzingsberichtWaitAndCompletesTheGegevens() {
        logInAls("toegang");
        page.navigate(url("/toewijzing/nieuw"));
        page.locator("#bsn").fill("123456782");
        page.locator("#aanbieder").fill("99000001");
        page.locator("#productcategorie").selectOption("45");
        page.locator("#ingangsdatum").fill("2026-03-02");
        page.locator("#einddatum").fill("2026-08-31");
        page.locator("#budget").fill("2.500,00");
        knop("Toewijzen").click();

        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Het toewijzingsbericht (JW301) is nog niet verstuurd");
        assertThat(page.locator(".melding--waarschuwing"))
                .containsText("ontbreekt nog naam, geboortedatum en geslacht en het BRP-adres");
        assertToegankelijk();
        schermafbeelding("1-toewijzing");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gegevens van de jeugdige aanvullen"))
                .click();
        assertThat(page.locator(".melding--waarschuwing"))
                .containsText("Toewijzingsberichten wachten op gegevens van deze jeugdige");
        assertToegankelijk();
        schermafbeelding("2-jeugdige");

        page.locator("#voornamen").fill("Lotte");
        page.locator("#achternaam").fill("Bakker");
        page.locator("#geboortedatum").fill("2013-05-04");
        page.locator("#geslacht").selectOption("2");
        page.locator("#straatnaam").fill("Oude Markt");
        page.locator("#huisnummer").fill("3");
        page.locator("#postcode").fill("7511GA");
        page.locator("#plaatsnaam").fill("Enschede");
        knop("Gegevens vastleggen").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De gegevens van de jeugdige zijn vastgelegd.");
        assertThat(page.locator(".melding--waarschuwing")).hasCount(0);
        page.locator("table").first().getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("main")).containsText("Versies");
        assertThat(page.locator(".melding--waarschuwing")).hasCount(0);
    }

    /** A full-page screenshot in target/schermafbeeldingen/toegang-wacht-op-gegevens, for a person to look at. */
    private void schermafbeelding(String naam) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "schermafbeeldingen", "toegang-wacht-op-gegevens", naam + ".png"))
                .setFullPage(true));
    }
}
