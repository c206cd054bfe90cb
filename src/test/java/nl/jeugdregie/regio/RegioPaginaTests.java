package nl.jeugdregie.regio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@JeugdregieTest
class RegioPaginaTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegioService regioService;

    @Test
    void everyoneSeesTheGemeentenOfTheRegion() {
        assertThat(mvc.get().uri("/regio").with(user("a").roles("AANBIEDER")))
                .hasStatusOk()
                .bodyText()
                .contains("Jeugdregio Twente", "Enschede", "Hof van Twente");
    }

    @Test
    void onlyBeheerderManagesGemeenten() {
        assertThat(mvc.get().uri("/beheer/gemeenten").with(user("t").roles("TOEGANG")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/beheer/gemeenten?naam=hengelo")
                        .with(user("b").roles("BEHEERDER")))
                .hasStatusOk()
                .bodyText()
                .contains("Hengelo");
    }

    @Test
    void invalidFormShowsDutchErrorsAndStoresNothing() {
        assertThat(mvc.post()
                        .uri("/beheer/gemeenten/nieuw")
                        .with(user("b").roles("BEHEERDER"))
                        .with(csrf())
                        .param("code", "15")
                        .param("naam", ""))
                .hasStatusOk()
                .bodyText()
                .contains("Controleer de invoer", "Gemeentecode moet uit precies 4 cijfers bestaan", "Vul de naam in");
        assertThat(regioService
                        .zoekGemeenten(null, null, nl.jeugdregie.platform.Paginering.van(1, 1))
                        .totaal())
                .isGreaterThanOrEqualTo(342);
        assertThat(regioService.gemeente(new GemeenteCode("0015"))).isEmpty();
    }

    @Test
    void validFormRedirectsWithAMessage() {
        assertThat(mvc.post()
                        .uri("/beheer/gemeenten/nieuw")
                        .with(user("b").roles("BEHEERDER"))
                        .with(csrf())
                        .param("code", "9995")
                        .param("naam", "Formuliergemeente"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/beheer/gemeenten/9995")
                .flash()
                .containsEntry("succes", "Gemeente Formuliergemeente is toegevoegd.");
    }

    @Test
    void unknownPageIsADutchNotFoundPage() {
        assertThat(mvc.get().uri("/beheer/gemeenten/0002").with(user("b").roles("BEHEERDER")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
