package nl.jeugdregie.jeugdige.brp;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * With a BRP endpoint configured, registering a jeugdige by BSN alone takes name, birth date, sex, address, the gemeente
 * of inschrijving and the gezagdragers from the Haal Centraal BRP Personen bevragen API (here a stub server that
 * answers as the contract's examples do).
 */
@JeugdregieTest
class BrpInschrijvingTests {

    private static final StubBrp BRP = new StubBrp();
    private static final RequestPostProcessor TOEGANG = Testgebruikers.als("toegang", "TOEGANG", "0153");

    @Autowired
    MockMvcTester mvc;

    @DynamicPropertySource
    static void brp(DynamicPropertyRegistry eigenschappen) {
        eigenschappen.add("jeugdregie.brp.url", BRP::url);
        eigenschappen.add("jeugdregie.brp.api-key", () -> "proefsleutel");
    }

    @AfterAll
    static void stop() {
        BRP.close();
    }

    @Test
    void aBsnAloneBringsThePersonAndTheGezagdragersFromTheBrp() throws Exception {
        BRP.antwoordt(
                200,
                "application/json; charset=utf-8",
                StubBrp.resource("raadpleeg-volledig.json").replace("\"0226\"", "\"0153\""));

        assertThat(mvc.post()
                        .uri("/api/v1/jeugdigen")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\": \"999998894\"}")
                        .with(TOEGANG))
                .hasStatus2xxSuccessful()
                .bodyText()
                .contains(
                        "\"achternaam\":\"Berg\"", "\"voornamen\":\"Sanne Maria\"", "\"geboortedatum\":\"2014-03-07\"")
                .contains("\"gemeente\":\"0153\"", "\"postcode\":\"6921GV\"", "\"gegevensbron\":\"brp\"");
        assertThat(BRP.verzoeken().get(BRP.verzoeken().size() - 1).apiSleutel()).isEqualTo("proefsleutel");

        String id = mvc.post()
                .uri("/api/v1/jeugdigen/zoeken")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"bsn\": \"999998894\"}")
                .with(TOEGANG)
                .exchange()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(mvc.get().uri("/api/v1/jeugdigen/" + id + "/huishouden").with(TOEGANG))
                .hasStatusOk()
                .bodyText()
                .contains("\"gezag\":true", "\"relatie\":\"moeder\"", "Petra");
    }

    @Test
    void aBsnTheBrpDoesNotKnowIsNotRegistered() {
        BRP.antwoordt("raadpleeg-niet-gevonden.json");
        assertThat(mvc.post()
                        .uri("/api/v1/jeugdigen")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\": \"999993653\"}")
                        .with(TOEGANG))
                .hasStatus(404)
                .bodyText()
                .contains("De BRP kent geen persoon met dit BSN");
    }
}
