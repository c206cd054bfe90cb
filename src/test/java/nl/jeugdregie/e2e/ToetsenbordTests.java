package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A keyboard user skips the header with the first Tab and Enter. */
class ToetsenbordTests extends InDeBrowser {

    @Test
    void firstTabOnTheLoginPageFocusesTheSkipLinkAndEnterMovesToTheContent() {
        page.navigate(url("/inloggen"));

        slaKopOverMetToetsenbord();
    }

    @Test
    void firstTabOnTheStartPageFocusesTheSkipLinkAndEnterMovesToTheContent() {
        logInAls("backoffice");
        page.navigate(url("/"));

        slaKopOverMetToetsenbord();
    }

    private void slaKopOverMetToetsenbord() {
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de inhoud")))
                .isFocused();

        page.keyboard().press("Enter");
        assertThat(page.locator("#inhoud")).isFocused();
        assertThat(page).hasURL(Pattern.compile("#inhoud$"));
    }
}
