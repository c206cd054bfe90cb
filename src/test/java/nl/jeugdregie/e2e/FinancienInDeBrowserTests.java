package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import nl.jeugdregie.financien.FinancienFixtures;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backoffice enters the primitieve begroting of Tubbergen on the page, is told in Dutch what is wrong with a bad
 * line, reads the financial picture per hulpvorm as chart and table, with the XLSX export and the PDF report for the
 * gemeenteraad, compares its costs per jeugdige and per inwoner with the region and the Netherlands, and sees how the
 * prognose moved since February's stand. Every page is checked
 * with axe-core and photographed in {@code target/schermafbeeldingen/financien}.
 */
class FinancienInDeBrowserTests extends InDeBrowser {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBackofficeEntersABegrotingAndReadsTheFinancialPicture() throws Exception {
        FinancienFixtures.standVanFebruari(jdbc, new GemeenteCode("0183"), 100, Bedrag.euro(8_400));
        logInAls("backoffice");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Financiën"))
                .click();
        page.getByLabel("Gemeente", new Page.GetByLabelOptions().setExact(true)).selectOption("0183");
        page.getByLabel("Jaar", new Page.GetByLabelOptions().setExact(true)).selectOption("2026");
        knop("Tonen").click();
        assertThat(kop("Financiën Tubbergen (0183) 2026")).isVisible();
        assertThat(page.locator("main")).containsText("Voor dit jaar is nog geen begroting vastgelegd.");
        assertToegankelijk();
        schermafbeelding("1-zonder-begroting");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Begroting en versies"))
                .click();
        assertThat(kop("Begroting Tubbergen (0183) 2026")).isVisible();
        page.getByLabel("Taakveld regel 1").selectOption("6.72b");
        page.getByLabel("Hulpvorm regel 1").selectOption("02");
        page.getByLabel("Bedrag in euro's regel 1").fill("1.250.000,00");
        page.getByLabel("Taakveld regel 2").selectOption("6.73a");
        page.getByLabel("Hulpvorm regel 2").selectOption("11");
        page.getByLabel("Bedrag in euro's regel 2").fill("-5");
        page.getByLabel("Toelichting (bijvoorbeeld het raadsbesluit)").fill("Raadsbesluit 7 november");
        knop("Vastleggen").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Regel 2: Bedrag € -5,00 is negatief");
        assertToegankelijk();
        schermafbeelding("2-fout");

        page.getByLabel("Bedrag in euro's regel 2").fill("400.000");
        knop("Vastleggen").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Primitieve begroting (versie 1) vastgelegd: 2 regels, totaal € 1.650.000,00.");
        assertThat(page.locator("main table").first()).containsText("6.72b Jeugdhulp behandeling");
        assertThat(page.locator("main")).containsText("Raadsbesluit 7 november");
        assertToegankelijk();
        schermafbeelding("3-begroting");

        page.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Financiën").setExact(true))
                .click();
        Locator totaal = page.locator("main table tfoot").first();
        assertThat(totaal).containsText("€ 1.650.000,00");
        assertThat(page.locator("canvas#per-hulpvorm")).isVisible();
        assertToegankelijk();
        schermafbeelding("4-financien");

        Locator verloop =
                page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Verloop sinds februari 2026"));
        verloop.scrollIntoViewIfNeeded();
        assertThat(verloop.getByRole(AriaRole.TABLE)).containsText("Vorige prognose");
        assertThat(verloop.getByRole(AriaRole.ROW)
                        .filter(new Locator.FilterOptions().setHasText("Zonder verblijf: ambulant (02)")))
                .containsText("€ 8.400,00");
        assertThat(verloop).containsText("de grootste oorzaak is");
        assertToegankelijk();
        schermafbeelding("4b-verloop");

        Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK)
                .filter(new Locator.FilterOptions().setHasText("Download als Excel"))
                .click());
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx.path()))) {
            Assertions.assertThat(zip.getNextEntry()).isNotNull();
        }

        Locator rapport = page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapport voor de gemeenteraad (pdf)"));
        assertThat(rapport).isVisible();
        Assertions.assertThat(contrastbevindingen()).isEmpty();
        Download pdf = page.waitForDownload(rapport::click);
        Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("financien-gemeenteraad-0183-2026.pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            Assertions.assertThat(new PDFTextStripper()
                            .getText(document)
                            .replace('\u00a0', ' ')
                            .replaceAll("\\s+", " "))
                    .contains("Financiën jeugdzorg Tubbergen (0183) 2026")
                    .contains("Begroting: Primitieve begroting (versie 1)")
                    .contains("Totaal € 1.650.000,00");
            Assertions.assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
        }

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kosten vergelijken met regio en Nederland"))
                .click();
        assertThat(kop("Kosten vergelijken: Tubbergen (0183) 2026")).isVisible();
        Locator perGebied = page.locator("main table").first();
        assertThat(perGebied).containsText("Regio Twente");
        assertThat(perGebied).containsText("Nederland");
        assertThat(perGebied).containsText("€ 8.100.000.000,00");
        assertThat(perGebied).containsText("€ 17.088,61");
        assertToegankelijk();
        schermafbeelding("5-vergelijking");
    }

    /** What the contrast check of the walk per role finds on this page: text, links and buttons below WCAG 2.1 AA. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> contrastbevindingen() {
        Map<String, Object> opties = new HashMap<>();
        opties.put("alleen", null);
        opties.put("toestand", "normaal");
        Map<String, Object> uitslag = (Map<String, Object>) page.evaluate(RondgangPerRolTests.KLEURCONTRAST, opties);
        return (List<Map<String, Object>>) uitslag.get("bevindingen");
    }

    private void schermafbeelding(String naam) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "schermafbeeldingen", "financien", naam + ".png"))
                .setFullPage(true));
    }
}
