package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
}
