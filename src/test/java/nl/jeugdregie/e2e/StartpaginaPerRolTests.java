package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartpaginaPerRolTests extends InDeBrowser {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "beheerder,  Bea Beheer,      Beheerder",
        "backoffice, Bram Backoffice, Backoffice",
        "inkoop,     Ilse Inkoop,     Inkoop",
        "analist,    Anouk Analist,   Analist",
        "toegang,    Tom Toegang,     Toegang",
        "aanbieder,  Aisha Aanbieder, Aanbieder"
    })
    void eachDemoUserLogsInAndSeesAnAccessibleStartPageForTheirRole(String gebruiker, String naam, String rol) {
        logInAls(gebruiker);

        assertThat(kop("Welkom, " + naam)).isVisible();
        assertThat(page.locator(".gegevens")).containsText(rol + ": ");
        assertThat(page.getByText("Ingelogd als " + gebruiker)).isVisible();
        assertThat(page.locator(".tegel").first()).isVisible();
        assertToegankelijk();
    }
}
