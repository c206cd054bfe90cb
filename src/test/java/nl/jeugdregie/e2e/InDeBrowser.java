package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static java.util.stream.Collectors.joining;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person in a browser: every test starts with a fresh browser context (no cookies, so logged out)
 * and one page. Helpers log in through the form and check a page with axe-core against WCAG 2.1
 * level A and AA.
 */
@ExtendWith(Chromium.class)
abstract class InDeBrowser extends DraaiendeApplicatie {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    BrowserContext browserContext;
    Page page;

    @BeforeEach
    void openBrowser(Browser browser) {
        browserContext = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        browserContext.setDefaultTimeout(10_000);
        // The first page of a fresh application compiles its templates; on a busy machine that takes longer.
        browserContext.setDefaultNavigationTimeout(30_000);
        page = browserContext.newPage();
    }

    @AfterEach
    void sluitBrowser() {
        browserContext.close();
    }

    /** Logs in through the login form and waits for the start page. */
    void logInAls(String gebruikersnaam) {
        vulInlogformulierIn(gebruikersnaam, DEMO_WACHTWOORD);
        assertThat(page).hasURL(url("/"));
    }

    void vulInlogformulierIn(String gebruikersnaam, String wachtwoord) {
        page.navigate(url("/inloggen"));
        page.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
        page.getByLabel("Wachtwoord").fill(wachtwoord);
        knop("Inloggen").click();
    }

    Locator knop(String naam) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true));
    }

    Locator kop(String tekst) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(tekst).setLevel(1));
    }

    /** Runs axe-core on the current page and fails with every violation spelled out. */
    void assertToegankelijk() {
        AxeResults resultaat = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        Assertions.assertThat(resultaat.getErrorMessage())
                .as("axe-core kon niet draaien op %s", page.url())
                .isNull();
        Assertions.assertThat(resultaat.getPasses())
                .as("axe-core controleerde niets op %s", page.url())
                .isNotEmpty();
        Assertions.assertThat(resultaat.getViolations())
                .as(() -> "WCAG 2.1 AA-schendingen op " + page.url() + ":\n" + beschrijf(resultaat.getViolations()))
                .isEmpty();
    }

    private static String beschrijf(List<Rule> schendingen) {
        return schendingen.stream()
                .map(regel -> "- %s [%s] %s (%s)%n%s"
                        .formatted(
                                regel.getId(),
                                regel.getImpact(),
                                regel.getHelp(),
                                regel.getHelpUrl(),
                                regel.getNodes().stream()
                                        .map(node -> "    " + node.getTarget() + ": "
                                                + node.getFailureSummary().replace("\n", "\n      "))
                                        .collect(joining("\n"))))
                .collect(joining("\n"));
    }
}
