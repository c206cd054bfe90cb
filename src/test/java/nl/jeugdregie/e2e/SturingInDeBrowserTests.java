package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A policy analyst reads the steering information in the browser: the overview of a gemeente next to its region, one
 * indicator with its definition, split per hulpvorm as chart and table, the trend, the drill-down, and the exports
 * (CSV, XLSX and the PDF report for the gemeenteraad). Every page is checked with axe-core and photographed in {@code
 * target/schermafbeeldingen/sturing}.
 */
class SturingInDeBrowserTests extends InDeBrowser {

    @Test
    void anAnalistReadsComparesAndExportsTheFigures() throws Exception {
        logInAls("analist");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sturingsinformatie"))
                .click();
        assertThat(kop("Sturingsinformatie")).isVisible();
        page.getByLabel("Gemeente").selectOption("0153");
        page.getByLabel("Periode").selectOption("2026");
        knop("Toon cijfers").click();
        assertThat(page.locator("main table caption")).containsText("Enschede (0153), 2026");
        assertThat(page.locator("main table")).containsText("Jongeren met jeugdhulp");
        assertThat(page.locator("main table")).containsText("Uitval");
        assertThat(page.locator("main")).containsText("Cellen met minder dan 5 jeugdigen zijn onderdrukt");
        assertToegankelijk();
        schermafbeelding("1-overzicht");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Jongeren met jeugdhulp")
                                .setExact(true))
                .click();
        assertThat(kop("Jongeren met jeugdhulp")).isVisible();
        assertThat(page.locator("main dl")).containsText("woonplaatsbeginsel");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Uitsplitsing"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hulpvorm"))
                .click();
        assertThat(page.locator("main table caption").first()).hasText("Jongeren met jeugdhulp per hulpvorm");
        assertThat(page.locator("canvas#trend")).isVisible();
        assertThat(page.locator("main")).containsText("Verloop per halfjaar");
        assertToegankelijk();
        schermafbeelding("2-per-hulpvorm");

        Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK)
                .filter(new Locator.FilterOptions().setHasText("Download als CSV"))
                .click());
        Assertions.assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8))
                .startsWith("indicator,periode,gebied,groep,naam,waarde (aantal)")
                .contains("jongeren-met-jeugdhulp,2026,gemeente 0153");
        Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK)
                .filter(new Locator.FilterOptions().setHasText("Download als Excel"))
                .click());
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx.path()))) {
            Assertions.assertThat(zip.getNextEntry()).isNotNull();
        }

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle indicatoren"))
                .click();
        Download rapport = page.waitForDownload(() -> page.getByRole(AriaRole.LINK)
                .filter(new Locator.FilterOptions().setHasText("Rapport van deze gemeente als PDF"))
                .click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(rapport.path()))) {
            Assertions.assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Sturingsinformatie jeugdzorg Enschede (0153), 2026", "Definities", "Uitval");
            Assertions.assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
        }
    }

    private void schermafbeelding(String naam) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "schermafbeeldingen", "sturing", naam + ".png"))
                .setFullPage(true));
    }
}
