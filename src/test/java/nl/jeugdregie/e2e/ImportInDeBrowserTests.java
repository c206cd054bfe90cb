package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A waiting-time feed read in as inkoop does it in the browser: the report of every line, checked with axe-core. */
class ImportInDeBrowserTests extends InDeBrowser {

    @Test
    void aTrialImportEndsInTheReportOfEveryLine() throws IOException {
        logInAls("inkoop");
        page.navigate(url("/wachttijden/import"));
        assertToegankelijk();

        Path feed = Files.createTempFile("feed", ".csv");
        Files.writeString(feed, """
                agb;aanbod;weken_tot_intake;bevestigd_op
                99000001;Browser-aanbod;4;2026-02-20
                12345678;Browser-onbekend;5;2026-02-20
                """, StandardCharsets.UTF_8);
        page.getByLabel("Bestand met wachttijden").setInputFiles(feed);
        page.getByLabel("Alleen proef: niets opslaan").check();
        knop("Inlezen").click();

        assertThat(page).hasURL(Pattern.compile(".*/inkoop/importen/[0-9a-f-]+$"));
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("Verslag van de proef (niets opgeslagen)")))
                .isVisible();
        assertThat(page.locator("table")).containsText("99000001 Demo Jeugdhulp");
        assertThat(page.locator("table")).containsText("AGB-code 12345678 staat niet in het aanbiedersregister");
        assertToegankelijk();
    }
}
