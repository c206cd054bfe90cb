package nl.jeugdregie.inkoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@JeugdregieTest
class AanbiedersApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    BudgetService budget;

    @Test
    void inkoopAddsAnAanbiederWithItsLocation() {
        assertThat(mvc.post()
                        .uri("/api/v1/aanbieders")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"agb":"98765432","kvk":"12345678","naam":"Proefzorg B.V.","relatie":"REGULIER",
                                 "aliassen":["Proefzorg Jeugd"]}"""))
                .hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "http://localhost/api/v1/aanbieders/98765432");
        assertThat(mvc.post()
                        .uri("/api/v1/aanbieders/98765432/locaties")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"naam\":\"Oldenzaal\",\"postcode\":\"7571 AB\",\"plaats\":\"Oldenzaal\"}"))
                .hasStatus(HttpStatus.CREATED);
        assertThat(mvc.get().uri("/api/v1/aanbieders/98765432").with(httpBasic("backoffice", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.aanbieder.aliassen[0]").isEqualTo("Proefzorg Jeugd");
                    assertThat(json).extractingPath("$.locaties[0].postcode").isEqualTo("7571 AB");
                });
        assertThat(mvc.post()
                        .uri("/api/v1/aanbieders")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agb\":\"98765432\",\"naam\":\"Nog eens\",\"relatie\":\"REGULIER\"}"))
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void agbFormatErrorsAreRefusedAndNothingIsStored() {
        assertThat(mvc.post()
                        .uri("/api/v1/aanbieders")
                        .with(httpBasic("inkoop", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agb\":\"1234567\",\"kvk\":\"12\",\"naam\":\"\",\"relatie\":\"REGULIER\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .extractingPath("$.invalidParams[*].name")
                .asArray()
                .containsExactlyInAnyOrder("agb", "kvk", "naam");
        assertThat(mvc.get().uri("/api/v1/aanbieders/12AB5678").with(httpBasic("inkoop", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("AGB-code moet uit precies 8 cijfers bestaan");
        assertThat(aanbieders
                        .zoek("1234567", null, null, null, nl.jeugdregie.platform.Paginering.van(1, 1))
                        .totaal())
                .isZero();
    }

    @Test
    void budgetWarnsWhenCommitmentsApproachTheCeiling() {
        AgbCode agb = new AgbCode("99000014");
        budget.stelPlafondIn(agb, 2027, Bedrag.euro(100_000), 80);
        assertThat(budget.registreerVerplichting(agb, 2027, "TOEWIJZING", "T-1", Bedrag.euro(70_000)))
                .get()
                .extracting(Budgetstand::signaal)
                .isEqualTo(Budgetstand.Signaal.BINNEN_PLAFOND);
        assertThat(budget.toets(agb, 2027, Bedrag.euro(15_000))).get().satisfies(stand -> {
            assertThat(stand.signaal()).isEqualTo(Budgetstand.Signaal.NADERT_PLAFOND);
            assertThat(stand.melding()).startsWith("Budgetplafond nadert").contains("85,0 %");
        });
        budget.registreerVerplichting(agb, 2027, "TOEWIJZING", "T-2", Bedrag.euro(40_000));
        assertThat(budget.budgetstand(agb, 2027)).get().satisfies(stand -> {
            assertThat(stand.signaal()).isEqualTo(Budgetstand.Signaal.OVERSCHREDEN);
            assertThat(stand.resterend()).isEqualTo(Bedrag.euro(-10_000));
        });
        budget.registreerVerplichting(agb, 2027, "TOEWIJZING", "T-2", Bedrag.euro(5_000));
        assertThat(budget.budgetstand(agb, 2027))
                .get()
                .extracting(Budgetstand::verplicht)
                .isEqualTo(Bedrag.euro(75_000));
        assertThat(mvc.get().uri("/api/v1/aanbieders/99000014/budget").with(httpBasic("inkoop", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].jaar")
                .isEqualTo(2027);
    }
}
