package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.platform.Demomodus;
import nl.jeugdregie.portaal.PortaalFixtures;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A small aanbieder without software of its own goes through its care of a jeugdige in the browser: it reads the new
 * toewijzing in words and acknowledges the JW301, reports the start, is told with its retourcode why a stop before
 * the start cannot be sent, and reports the stop with the outcome questions. In the month walk-through it also
 * declares: a concept prefilled from the toewijzing, one line it corrects after the preview, sending, and the answer
 * per line. Every page is checked with axe-core and photographed in {@code target/schermafbeeldingen/portaal}.
 */
class PortaalInDeBrowserTests extends InDeBrowser {

    @Autowired
    ApplicationContext context;

    @Test
    void aSmallAanbiederAcknowledgesStartsAndStopsInTheBrowser() {
        PortaalFixtures fixtures = new PortaalFixtures(context);
        ToegewezenProduct toewijzing = fixtures.toewijzing(new AgbCode(Demomodus.DEMO_AANBIEDER_AGB));
        String nummer = toewijzing.nummer().toString();

        logInAls("aanbieder");
        bevestig(fixtures, nummer, "1-overzicht");
        start(fixtures, nummer, "2-toewijzing");

        page.getByLabel("Einddatum: de laatste dag van de zorg").fill("2026-02-01");
        page.getByLabel("Levering is volgens plan beeindigd. (31)").check();
        knop("Stopbericht versturen").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Retourcode");
        assertToegankelijk();
        schermafbeelding("3-stop-afgekeurd");

        stop(fixtures, "4-gestopt");
    }

    @Test
    void aSmallAanbiederGoesThroughAWholeMonthInTheBrowser() {
        PortaalFixtures fixtures = new PortaalFixtures(context);
        AgbCode agb = fixtures.aanbiederMetContract();
        String nummer = fixtures.toewijzing(agb).nummer().toString();
        String gebruiker = "praktijk-" + agb.value();
        nieuweMedewerker(gebruiker, agb);

        vulInlogformulierIn(gebruiker, WACHTWOORD);
        bevestig(fixtures, nummer, "maand-1-overzicht");
        start(fixtures, nummer, "maand-2-toewijzing");

        hoofdmenu("Declareren");
        assertThat(kop("Declareren")).isVisible();
        assertToegankelijk();
        page.locator("#gemeente").selectOption("0153");
        page.getByLabel("Maand van de zorg").fill("2026-02");
        knop("Concept maken").click();
        assertThat(kop("Declaratie februari 2026 aan Enschede (0153)")).isVisible();
        Locator regel = page.locator("#regel-1");
        assertThat(regel).containsText("L. de Vries");
        assertThat(regel).containsText("4 uur per week × 3 weken in februari 2026");
        assertThat(regel).containsText("€ 1.008,00");
        assertThat(regel).containsText("Wordt naar verwachting goedgekeurd");
        assertToegankelijk();
        schermafbeelding("maand-3-concept");

        page.getByLabel("Geleverd volume regel 1").fill("20");
        knop("Volume van regel 1 opslaan").click();
        assertThat(regel).containsText("Wordt afgekeurd");
        assertThat(regel).containsText("retourcode Het ingediende volume overschrijdt het toegewezen volume (9321)");
        assertThat(knop("Declaratie versturen")).hasCount(0);
        assertToegankelijk();
        schermafbeelding("maand-4-preview-afgekeurd");

        page.getByLabel("Geleverd volume regel 1").fill("10");
        knop("Volume van regel 1 opslaan").click();
        assertThat(regel).containsText("Wordt naar verwachting goedgekeurd");
        assertThat(regel).containsText("€ 840,00");
        knop("Declaratie versturen").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("verstuurd als JW323");
        fixtures.verwerk();
        page.reload();
        assertThat(page.locator("main")).containsText("Beantwoord door de gemeente (JW325)");
        assertThat(regel).containsText("Goedgekeurd");
        assertToegankelijk();
        schermafbeelding("maand-5-antwoord");

        hoofdmenu("Toewijzingen en zorg");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Toewijzing " + nummer)
                                .setExact(true))
                .first()
                .click();
        stop(fixtures, "maand-6-gestopt");
    }

    private static final String WACHTWOORD = "zonnebloem kapstok rivier lantaarn";

    /** The regional beheerder adds a medewerker of the aanbieder, as happens before its first month. */
    private void nieuweMedewerker(String gebruikersnaam, AgbCode agb) {
        logInAls("beheerder");
        page.navigate(url("/beheer/gebruikers/nieuw"));
        page.getByLabel("Gebruikersnaam").fill(gebruikersnaam);
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Pim Praktijk");
        page.getByLabel("Organisatie").fill("Praktijk De Linde");
        page.getByLabel("Aanbieder: Medewerker van een zorgaanbieder; ziet alleen de eigen AGB-code")
                .check();
        page.getByLabel("AGB-code (alleen voor rol Aanbieder)").fill(agb.value());
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))
                .fill(WACHTWOORD);
        knop("Opslaan").click();
        assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
        browserContext.clearCookies();
    }

    private void hoofdmenu(String naam) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(naam))
                .click();
    }

    /** Reads the new toewijzing in words on the overview and acknowledges its JW301. */
    private void bevestig(PortaalFixtures fixtures, String nummer, String foto) {
        hoofdmenu("Toewijzingen en zorg");
        assertThat(kop("Toewijzingen en zorg")).isVisible();
        Locator bericht = page.locator("main table")
                .first()
                .locator("tr")
                .filter(new Locator.FilterOptions().setHasText("Toewijzing " + nummer));
        assertThat(bericht).containsText("L. de Vries");
        assertThat(bericht).containsText("geboren 04-05-2014");
        assertThat(bericht).containsText("4 uur per week");
        assertThat(bericht).containsText("02-02-2026 t/m 31-08-2026");
        assertToegankelijk();
        schermafbeelding(foto);

        bericht.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het toewijzingsbericht is bevestigd met JW302");
        fixtures.verwerk();
        page.reload();
        assertThat(page.locator("main table")
                        .first()
                        .locator("tr")
                        .filter(new Locator.FilterOptions().setHasText("Toewijzing " + nummer)))
                .containsText("Bevestigd");
    }

    /** Opens the toewijzing and reports the start of care on Monday 9 February 2026. */
    private void start(PortaalFixtures fixtures, String nummer, String foto) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toewijzing " + nummer))
                .click();
        assertThat(kop("Toewijzing " + nummer)).isVisible();
        assertThat(page.locator("main")).containsText("Nog niet gestart.");
        assertToegankelijk();
        schermafbeelding(foto);

        page.getByLabel("Begindatum (bij intrekken: de begindatum van de start die vervalt)")
                .fill("2026-02-09");
        knop("Startbericht versturen").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is verstuurd en wordt verwerkt");
        fixtures.verwerk();
        page.reload();
        assertThat(page.locator("main table").first()).containsText("09-02-2026");
    }

    /** Reports the stop on 27 February 2026 with the outcome questions answered by the jeugdige. */
    private void stop(PortaalFixtures fixtures, String foto) {
        page.getByLabel("Einddatum: de laatste dag van de zorg").fill("2026-02-27");
        page.getByLabel("Levering is volgens plan beeindigd. (31)").check();
        page.getByLabel("Ingevuld door").selectOption("JEUGDIGE");
        page.getByLabel("Ik heb geen verdere hulp meer nodig").check();
        page.getByLabel("Rapportcijfer: hoe nuttig was deze hulp? (1 = volkomen nutteloos, 10 = uitstekend)")
                .selectOption("8");
        page.getByLabel("De doelen zijn bereikt").check();
        knop("Stopbericht versturen").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is verstuurd en wordt verwerkt");
        fixtures.verwerk();
        page.reload();
        assertThat(page.locator("main")).containsText("27-02-2026");
        assertThat(page.locator("main")).containsText("Ik heb geen verdere hulp meer nodig (04)");
        assertToegankelijk();
        schermafbeelding(foto);
    }

    private void schermafbeelding(String naam) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "schermafbeeldingen", "portaal", naam + ".png"))
                .setFullPage(true));
    }
}
