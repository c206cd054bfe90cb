package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** axe-core finds no WCAG 2.1 A/AA violation on the pages and states a person meets first. */
class ToegankelijkheidTests extends InDeBrowser {

    @Test
    void loginPageIsAccessible() {
        page.navigate(url("/inloggen"));

        assertThat(kop("Inloggen")).isVisible();
        assertToegankelijk();
    }

    @Test
    void loginPageWithTheWrongPasswordErrorIsAccessible() {
        vulInlogformulierIn("toegang", "verkeerd");

        assertThat(page).hasURL(url("/inloggen?fout"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Gebruikersnaam of wachtwoord is onjuist.");
        assertToegankelijk();
    }

    @Test
    void regionPageIsAccessible() {
        logInAls("toegang");
        page.navigate(url("/regio"));

        assertThat(page.locator("main")).containsText("Enschede");
        assertToegankelijk();
    }

    @Test
    void gemeentenManagementIsAccessible() {
        logInAls("beheerder");
        page.navigate(url("/beheer/gemeenten"));

        assertThat(kop("Gemeenten beheren")).isVisible();
        assertToegankelijk();
    }

    @Test
    void newGemeenteFormSubmittedEmptyShowsAccessibleErrors() {
        logInAls("beheerder");
        page.navigate(url("/beheer/gemeenten/nieuw"));
        knop("Opslaan").click();

        assertThat(page.getByText("Controleer de invoer")).isVisible();
        assertThat(page.locator("#code")).hasAttribute("aria-invalid", "true");
        assertToegankelijk();
    }

    @Test
    void populationPageAndARefusedUploadAreAccessible() {
        logInAls("beheerder");
        page.navigate(url("/beheer/bevolking"));

        assertThat(kop("Bevolking")).isVisible();
        assertThat(page.locator("main")).containsText("schatting");
        assertToegankelijk();

        page.locator("#bestand")
                .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                        "03759ned.csv",
                        "text/csv",
                        "Leeftijd;Regio's;Perioden;Bevolking op 1 januari (aantal)\n0 jaar;Atlantis;2025;5\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        knop("Inlezen").click();

        assertThat(page.getByText("Het bestand is niet ingelezen")).isVisible();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "schermafbeeldingen", "bevolking-fout.png"))
                .setFullPage(true));
        assertToegankelijk();
    }

    @ParameterizedTest(name = "{0} opens {1}: {2}")
    @CsvSource({"backoffice, /bestaat-niet, 404, Pagina niet gevonden", "toegang, /beheer/gemeenten, 403, Geen toegang"
    })
    void errorPagesAreDutchAndAccessible(String gebruiker, String pad, int status, String titel) {
        logInAls(gebruiker);
        Response antwoord = page.navigate(url(pad));

        Assertions.assertThat(antwoord.status()).isEqualTo(status);
        assertThat(kop(titel)).isVisible();
        assertToegankelijk();
    }

    @ParameterizedTest(name = "{0} opens {1}")
    @CsvSource({
        "inkoop, /inkoop/aanbieders",
        "inkoop, /inkoop/aanbieders/99000001",
        "inkoop, /inkoop/aanbieders/nieuw",
        "inkoop, /inkoop/contracten/nieuw",
        "inkoop, /inkoop/aanbieders/99000002",
        "inkoop, /inkoop/aanbieders/99000003/locaties/nieuw",
        "inkoop, /inkoop/aanbieders/99000003/contactpersonen/nieuw",
        "inkoop, /inkoop/aanbieders/99000003/budget",
        "inkoop, /inkoop/producten",
        "inkoop, /inkoop/producten/nieuw",
        "inkoop, /wachttijden",
        "inkoop, /wachttijden/import",
        "aanbieder, /inkoop/mijn-organisatie",
        "aanbieder, /wachttijden",
        "aanbieder, /wachttijden/nieuw",
        "toegang, /wachttijden",
        "beheerder, /beheer/gebruikers",
        "beheerder, /beheer/gebruikers/nieuw",
        "beheerder, /beheer/toegangslog",
        "toegang, /account/wachtwoord",
        "backoffice, /berichten",
        "aanbieder, /berichten",
        "aanbieder, /ijw/validatie"
    })
    void workPagesAreAccessible(String gebruiker, String pad) {
        logInAls(gebruiker);
        Response antwoord = page.navigate(url(pad));

        Assertions.assertThat(antwoord.status()).isEqualTo(200);
        assertToegankelijk();
    }

    @Test
    void contractPageIsAccessible() {
        logInAls("inkoop");
        page.navigate(url("/inkoop/aanbieders/99000001"));
        page.locator("a[href*='/inkoop/contracten/']:not([href*='nieuw'])")
                .first()
                .click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/inkoop/contracten/\\d+$"));
        assertToegankelijk();
    }

    @Test
    void budgetFormSubmittedWithErrorsIsAccessible() {
        logInAls("inkoop");
        page.navigate(url("/inkoop/aanbieders/99000003/budget"));
        page.locator("#plafond").fill("-1");
        knop("Opslaan").click();

        assertThat(page.getByText("Controleer de invoer")).isVisible();
        assertThat(page.locator("#plafond")).hasAttribute("aria-invalid", "true");
        assertToegankelijk();
    }

    @Test
    void contractTariffAndOntwikkelafspraakFormsAreAccessible() {
        logInAls("inkoop");
        page.navigate(url("/inkoop/aanbieders/99000002"));
        page.locator("a[href*='/inkoop/contracten/']:not([href*='nieuw'])")
                .first()
                .click();
        String contract = page.url();

        page.getByText("Looptijd en perceel wijzigen").click();
        assertThat(kop("Contract wijzigen")).isVisible();
        assertToegankelijk();

        page.navigate(contract);
        page.locator("a[href*='/tarieven/']").first().click();
        assertThat(page.getByText("Tarief verwijderen").first()).isVisible();
        assertToegankelijk();

        page.navigate(contract);
        page.getByText("Ontwikkelafspraak toevoegen").click();
        assertThat(kop("Ontwikkelafspraak toevoegen")).isVisible();
        assertToegankelijk();

        page.navigate(contract);
        page.locator("a[href*='/ontwikkelafspraken/']:not([href*='nieuw'])")
                .first()
                .click();
        assertThat(page.getByText("Voortgang rapporteren").first()).isVisible();
        assertToegankelijk();
    }

    @Test
    void waitingTimeTrendChartIsAccessible() {
        logInAls("aanbieder");
        page.navigate(url("/wachttijden"));
        page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("45A53"))
                .locator("a[href*='/wachttijden/']")
                .first()
                .click();

        assertThat(page.locator("canvas#wachttijdgrafiek")).isVisible();
        assertThat(page.locator("canvas#wachttijdgrafiek"))
                .hasAttribute("width", java.util.regex.Pattern.compile("\\d+"));
        assertToegankelijk();
    }

    @Test
    void validatorWithAnUnreadableFileIsAccessible() throws java.io.IOException {
        logInAls("aanbieder");
        page.navigate(url("/ijw/validatie"));
        java.nio.file.Path bestand = java.nio.file.Files.createTempFile("geen-ijw", ".xml");
        java.nio.file.Files.writeString(bestand, "<geen-ijw/>");
        page.getByLabel("Bericht (XML, hoogstens 25 MB)").setInputFiles(bestand);
        knop("Controleren").click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Dit is geen iJw-bericht");
        assertToegankelijk();
    }

    @Test
    void outgoingToewijzingsberichtAndClientgegevensAreAccessible() {
        logInAls("backoffice");
        page.navigate(url("/berichten?richting=UIT&type=JW301"));
        page.locator("table a[href*='/berichten/']").first().click();
        assertThat(page.locator("h1")).containsText("JW301");
        assertToegankelijk();

        page.navigate(url("/toewijzing/clienten"));
        page.getByLabel("Gemeente").selectOption("0153");
        page.getByLabel("BSN").fill("999990032");
        knop("Zoeken").click();
        assertThat(page.getByText("Gegevens van de jeugdige")).isVisible();
        assertThat(page.getByLabel("Achternaam (verplicht)")).hasValue("Bos");
        page.getByLabel("Postcode").fill("12");
        knop("Gegevens vastleggen").click();
        assertThat(page.getByText("De gegevens zijn niet vastgelegd")).isVisible();
        assertToegankelijk();
    }
}
