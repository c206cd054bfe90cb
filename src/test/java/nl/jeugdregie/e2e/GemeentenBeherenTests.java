package nl.jeugdregie.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.regio.RegioService;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A BEHEERDER browses the gemeenten and adds one through the form. */
class GemeentenBeherenTests extends InDeBrowser {

    @Autowired
    RegioService regioService;

    @BeforeEach
    void openGemeenten() {
        logInAls("beheerder");
        link("Gemeenten beheren").first().click();
        assertThat(kop("Gemeenten beheren")).isVisible();
    }

    @Test
    void beheerderPagesThroughAllGemeenten() {
        assertThat(page.getByText("Pagina 1 van")).isVisible();

        link("Volgende pagina").click();

        assertThat(page).hasURL(url("/beheer/gemeenten?page=2"));
        assertThat(page.getByText("Pagina 2 van")).isVisible();
        link("Vorige pagina").click();
        assertThat(page).hasURL(url("/beheer/gemeenten?page=1"));
    }

    @Test
    void beheerderAddsAGemeenteAndSeesTheSuccessMessage() {
        voegGemeenteToe("9971", "Browsergemeente");

        assertThat(page).hasURL(url("/beheer/gemeenten/9971"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Gemeente Browsergemeente is toegevoegd.");
        assertThat(kop("Browsergemeente (9971)")).isVisible();
        Assertions.assertThat(regioService.gemeente(new GemeenteCode("9971"))).isPresent();
    }

    @Test
    void aWrongCodeShowsADutchErrorAndStoresNothing() {
        voegGemeenteToe("99a", "Tikfoutgemeente");

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Controleer de invoer");
        assertThat(page.locator("#code-fout"))
                .hasText("Gemeentecode moet uit precies 4 cijfers bestaan, bijvoorbeeld 0153");

        page.navigate(url("/beheer/gemeenten?naam=Tikfoutgemeente"));
        assertThat(page.locator("tbody")).hasText("Geen gemeenten gevonden.");
    }

    private void voegGemeenteToe(String code, String naam) {
        link("Gemeente toevoegen").click();
        page.getByLabel("Gemeentecode (CBS)").fill(code);
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(naam);
        knop("Opslaan").click();
    }

    private Locator link(String naam) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(naam));
    }
}
