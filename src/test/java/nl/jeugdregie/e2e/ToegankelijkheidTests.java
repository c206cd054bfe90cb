package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

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
    void notFoundPageIsDutchAndAccessible() {
        logInAls("backoffice");
        Response antwoord = page.navigate(url("/bestaat-niet"));

        Assertions.assertThat(antwoord.status()).isEqualTo(404);
        assertThat(kop("Pagina niet gevonden")).isVisible();
        assertToegankelijk();
    }

    @Test
    void forbiddenPageIsDutchAndAccessible() {
        logInAls("toegang");
        Response antwoord = page.navigate(url("/beheer/gemeenten"));

        Assertions.assertThat(antwoord.status()).isEqualTo(403);
        assertThat(kop("Geen toegang")).isVisible();
        assertToegankelijk();
    }
}
