package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.jeugdregie.financien.FinancienFixtures.LOSSER;
import static nl.jeugdregie.financien.FinancienFixtures.prestatie;
import static nl.jeugdregie.financien.FinancienFixtures.referentie;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import nl.jeugdregie.declaratie.Beoordeling;
import nl.jeugdregie.declaratie.DeclaratieService;
import nl.jeugdregie.financien.FinancienFixtures;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The backoffice finds the declaraties of one aanbieder to Losser on the Betaling page, reads per prestatie why one was
 * rejected, and marks the declaratie to pay as paid. Every state is checked with axe-core and photographed in {@code
 * target/schermafbeeldingen/betaling}.
 */
class BetalingInDeBrowserTests extends InDeBrowser {

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    DeclaratieService declaraties;

    @Test
    void theBackofficeReadsWhatToPayAndMarksItPaid() {
        AgbCode aanbieder = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        ToegewezenProduct t = FinancienFixtures.tienUurPerWeek(toewijzingen, LOSSER, aanbieder);
        Beoordeling beoordeling = declaraties.beoordeel(FinancienFixtures.declaratie(
                LOSSER,
                aanbieder,
                List.of(
                        prestatie(referentie(), null, t.client(), t, 20, DebetCredit.DEBET),
                        prestatie(referentie(), null, t.client(), t, 51, DebetCredit.DEBET))));
        String nummer = beoordeling.declaratie().declaratienummer();

        logInAls("backoffice");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Betaling"))
                .click();
        assertThat(kop("Betaling van declaraties")).isVisible();
        page.getByLabel("Gemeente", new Page.GetByLabelOptions().setExact(true)).selectOption("0168");
        page.getByLabel("Aanbieder", new Page.GetByLabelOptions().setExact(true))
                .selectOption(aanbieder.value());
        page.getByLabel("Betaalstatus").selectOption("te-betalen");
        knop("Tonen").click();
        Locator rij = page.locator("main tr")
                .filter(new Locator.FilterOptions().setHasText(nummer))
                .first();
        assertThat(rij).containsText("€ 1.680,00");
        assertThat(rij).containsText("Te betalen");
        assertToegankelijk();
        schermafbeelding("1-te-betalen");

        page.locator("main summary")
                .filter(new Locator.FilterOptions().setHasText("Prestaties van declaratie " + nummer))
                .click();
        assertThat(page.locator("main details table")).containsText("Goedgekeurd");
        assertThat(page.locator("main details table")).containsText("Afgewezen:");
        assertToegankelijk();
        schermafbeelding("2-prestaties");

        page.getByLabel("Declaratie " + nummer + " kiezen").check();
        page.getByLabel("Betaalkenmerk").fill("EXPORT-LOSSER-03");
        knop("Als betaald markeren").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Declaratie " + nummer + " is als betaald vastgelegd op 02-03-2026 met kenmerk"
                        + " EXPORT-LOSSER-03, samen € 1.680,00.");
        assertThat(page.locator("main")).containsText("Geen declaraties in deze selectie.");

        page.getByLabel("Betaalstatus").selectOption("betaald");
        knop("Tonen").click();
        assertThat(page.locator("main tr")
                        .filter(new Locator.FilterOptions().setHasText(nummer))
                        .first())
                .containsText("Betaald op 02-03-2026, kenmerk EXPORT-LOSSER-03");
        assertToegankelijk();
        schermafbeelding("3-betaald");
    }

    private void schermafbeelding(String naam) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "schermafbeeldingen", "betaling", naam + ".png"))
                .setFullPage(true));
    }
}
