package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.kern.Testbsn;
import nl.jeugdregie.toegang.Levensdomein;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A toegang worker of Enschede does a whole intake in the browser: finds nobody, registers the jeugdige, records the
 * mother with gezag, the hulpvraag of the lokaal team with consent, the triage with the jeugdige, reads the advice with
 * the waiting times, decides, and downloads the beschikking. Every page is checked with axe-core and photographed in
 * {@code target/schermafbeeldingen/intake}.
 */
class IntakeInDeBrowserTests extends InDeBrowser {

    @Test
    void aToegangWorkerDoesAWholeIntake() throws Exception {
        String bsn = Testbsn.vanaf(100_000_000L + ThreadLocalRandom.current().nextLong(800_000_000L))
                .value();
        logInAls("toegang");
        page.navigate(url("/toegang"));
        assertThat(kop("Toegang jeugd")).isVisible();
        assertToegankelijk();
        schermafbeelding("1-toegang");

        page.locator("#zoek-bsn").fill(bsn);
        knop("Zoeken").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Geen jeugdige gevonden");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe jeugdige inschrijven"))
                .click();
        assertThat(kop("Jeugdige inschrijven")).isVisible();
        assertToegankelijk();
        page.locator("#bsn").fill(bsn);
        page.locator("#voornamen").fill("Noor");
        page.locator("#achternaam").fill("Kok");
        page.locator("#geboortedatum").fill("2012-06-14");
        page.locator("#geslacht").selectOption("2");
        page.locator("#straatnaam").fill("Langestraat");
        page.locator("#huisnummer").fill("21");
        page.locator("#postcode").fill("7511HB");
        page.locator("#plaats").fill("Enschede");
        knop("Inschrijven").click();

        assertThat(kop("Noor Kok, geboren 14-06-2012")).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Noor Kok is ingeschreven.");
        assertToegankelijk();
        schermafbeelding("2-dossier");

        page.locator("#naam").fill("Ilse Kok");
        page.locator("#relatie").selectOption("MOEDER");
        page.locator("#gezag").check();
        knop("Gezinslid toevoegen").click();
        assertThat(page.locator("main table").first()).containsText("Ilse Kok");

        page.locator("#route").selectOption("lokaal-team");
        page.locator("#omschrijving").fill("Noor gaat niet meer naar school en er is veel ruzie thuis.");
        page.locator("#toestemming").check();
        page.locator("#toestemmingDoor").fill("Ilse Kok en Noor");
        knop("Hulpvraag vastleggen").click();

        assertThat(kop("Hulpvraag van Noor Kok via lokaal team (wijkteam)")).isVisible();
        assertToegankelijk();
        schermafbeelding("3-hulpvraag");

        for (Levensdomein domein : Levensdomein.values()) {
            page.locator("#ernst-" + domein.code())
                    .selectOption(new SelectOption().setValue(domein == Levensdomein.SCHOOL ? "3" : "1"));
        }
        page.locator("#krachten-netwerk").fill("Oma woont om de hoek");
        page.locator("#zorgen-school").fill("Al zes weken niet op school");
        page.locator("#rol-1").selectOption("jeugdige");
        page.locator("#naam-1").fill("Noor");
        page.locator("#inbreng-1").fill("Ik wil wel naar school, maar niet naar deze klas");
        page.locator("#rol-2").selectOption("ouder");
        page.locator("#naam-2").fill("Ilse Kok");
        page.locator("#wensJeugdige").fill("Een andere klas");
        knop("Triage vastleggen en advies tonen").click();

        assertThat(page.locator("#advies-kop")).hasText("Advies: Ambulante jeugdhulp");
        assertThat(page.locator("main")).containsText("ernstige zorgen in school of werk");
        assertThat(page.locator("main")).containsText("Weken tot start");
        assertToegankelijk();
        schermafbeelding("4-advies");

        page.locator("#aanbod").selectOption(new SelectOption().setIndex(1));
        page.locator("#volume").fill("3");
        page.locator("#ingangsdatum").fill("2026-03-09");
        page.locator("#einddatum").fill("2026-08-31");
        page.locator("#motivering")
                .fill("Ambulante hulp thuis en met school past bij de triage; het netwerk helpt mee.");
        knop("Besluiten en beschikking maken").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het besluit is genomen");
        assertThat(page.locator("#genomen-kop")).hasText("Besluit: toegekend");
        assertToegankelijk();
        schermafbeelding("5-besluit");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK)
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("(PDF)"))
                .click());
        Path pdf = download.path();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            Assertions.assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Noor Kok", "Ilse Kok", "3 uur per week", "zes weken");
        }

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het dossier van Noor Kok"))
                .click();
        assertThat(page.locator(".tijdlijn")).containsText("Beschikking");
        assertThat(page.locator(".tijdlijn")).containsText("Toewijzing");
        assertToegankelijk();
        schermafbeelding("6-tijdlijn");
    }

    private void schermafbeelding(String naam) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "schermafbeeldingen", "intake", naam + ".png"))
                .setFullPage(true));
    }
}
