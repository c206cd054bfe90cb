package nl.jeugdregie.regio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@JeugdregieTest
class RegioApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegioService regioService;

    @Test
    void listsAllFortyTwoJeugdregiosWithPaginationHeaders() {
        assertThat(mvc.get().uri("/api/v1/jeugdregios?pageSize=10&page=2").with(httpBasic("analist", "demo")))
                .hasStatusOk()
                .hasHeader("X-Total-Count", "42")
                .hasHeader("API-Version", "1.0.0")
                .headers()
                .hasHeaderSatisfying(
                        "Link",
                        link -> assertThat(link.get(0))
                                .contains("page=1&pageSize=10>; rel=\"prev\"")
                                .contains("page=3&pageSize=10>; rel=\"next\"")
                                .contains("page=5&pageSize=10>; rel=\"last\""));
    }

    @Test
    void twenteHasFourteenGemeentenToday() {
        assertThat(mvc.get().uri("/api/v1/jeugdregios/JZ14").with(httpBasic("toegang", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.gemeenten.length()")
                .isEqualTo(14);
        assertThat(regioService.gemeente(new GemeenteCode("0153")))
                .get()
                .extracting(Gemeente::naam)
                .isEqualTo("Enschede");
    }

    @Test
    void membershipChangesOverTime() {
        GemeenteCode alphenChaam = new GemeenteCode("1723");
        assertThat(regioService.regioVan(alphenChaam, LocalDate.of(2020, 6, 1))).contains("JZ34");
        assertThat(regioService.regioVan(alphenChaam, LocalDate.of(2022, 12, 31)))
                .contains("JZ34");
        assertThat(regioService.regioVan(alphenChaam, LocalDate.of(2023, 1, 1))).contains("JZ35");
        assertThat(regioService.gemeentenVan("JZ34", LocalDate.of(2026, 3, 2)))
                .extracting(Gemeente::naam)
                .contains("Breda", "Altena")
                .doesNotContain("Alphen-Chaam", "Baarle-Nassau");
    }

    @Test
    void everyCbsGemeenteIsPresentAndBelongsToARegion() {
        assertThat(mvc.get().uri("/api/v1/gemeenten?pageSize=1").with(httpBasic("analist", "demo")))
                .hasStatusOk()
                .headers()
                .containsHeader("Link");
        assertThat(regioService
                        .zoekGemeenten(null, null, nl.jeugdregie.platform.Paginering.van(1, 100))
                        .totaal())
                .as("342 CBS gemeenten plus those other tests add")
                .isGreaterThanOrEqualTo(342);
        for (String jz :
                regioService.jeugdregios().stream().map(Jeugdregio::code).toList()) {
            assertThat(regioService.gemeentenVan(jz, LocalDate.of(2026, 3, 2)))
                    .as("gemeenten of " + jz)
                    .isNotEmpty();
        }
        assertThat(regioService.gemeentenVan("JZ13", LocalDate.of(2026, 3, 2)))
                .extracting(Gemeente::naam)
                .contains("Amsterdam");
    }

    @Test
    void beheerderAddsAGemeenteAndGetsItsLocation() {
        assertThat(mvc.post()
                        .uri("/api/v1/gemeenten")
                        .with(httpBasic("beheerder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"9998\",\"naam\":\"Proefgemeente\"}"))
                .hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "http://localhost/api/v1/gemeenten/9998");
        assertThat(mvc.get().uri("/api/v1/gemeenten/9998").with(httpBasic("toegang", "demo")))
                .bodyJson()
                .extractingPath("$.naam")
                .isEqualTo("Proefgemeente");
        assertThat(mvc.post()
                        .uri("/api/v1/gemeenten")
                        .with(httpBasic("beheerder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"9998\",\"naam\":\"Nog een keer\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(regioService.gemeente(new GemeenteCode("9998")))
                .get()
                .extracting(Gemeente::naam)
                .isEqualTo("Proefgemeente");
    }

    @Test
    void invalidGemeenteListsEveryInvalidFieldAndStoresNothing() {
        assertThat(mvc.post()
                        .uri("/api/v1/gemeenten")
                        .with(httpBasic("beheerder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"12a\",\"naam\":\"\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .extractingPath("$.invalidParams[*].name")
                .asArray()
                .containsExactlyInAnyOrder("code", "naam");
        assertThat(mvc.get().uri("/api/v1/gemeenten?naam=12a").with(httpBasic("beheerder", "demo")))
                .hasHeader("X-Total-Count", "0");
    }

    @Test
    void malformedJsonIsAProblemNotAnError() {
        assertThat(mvc.post()
                        .uri("/api/v1/gemeenten")
                        .with(httpBasic("beheerder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void onlyBeheerderMayAddGemeenten() {
        assertThat(mvc.post()
                        .uri("/api/v1/gemeenten")
                        .with(httpBasic("toegang", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"9997\",\"naam\":\"Niet toegestaan\"}"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(regioService.gemeente(new GemeenteCode("9997"))).isEmpty();
    }

    @Test
    void overlappingMembershipIsRefused() {
        assertThat(mvc.post()
                        .uri("/api/v1/gemeenten/0153/lidmaatschappen")
                        .with(httpBasic("beheerder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"jeugdregio\":\"JZ34\",\"begindatum\":\"2024-01-01\"}"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(regioService.regioVan(new GemeenteCode("0153"), LocalDate.of(2024, 6, 1)))
                .contains("JZ14");
    }

    @Test
    void gemeenteChangesRegionByEndingOneMembershipAndStartingAnother() {
        regioService.voegGemeenteToe(new GemeenteCode("9996"), "Wisselgemeente", null);
        assertThat(mvc.post()
                        .uri("/api/v1/gemeenten/9996/lidmaatschappen")
                        .with(httpBasic("beheerder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"jeugdregio\":\"JZ34\",\"begindatum\":\"2015-01-01\"}"))
                .hasStatus(HttpStatus.CREATED);
        long id = regioService.lidmaatschappen(new GemeenteCode("9996")).get(0).id();
        assertThat(mvc.put()
                        .uri("/api/v1/gemeenten/9996/lidmaatschappen/" + id)
                        .with(httpBasic("beheerder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"einddatum\":\"2022-12-31\"}"))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/v1/gemeenten/9996/lidmaatschappen")
                        .with(httpBasic("beheerder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"jeugdregio\":\"JZ35\",\"begindatum\":\"2023-01-01\"}"))
                .hasStatus(HttpStatus.CREATED);
        assertThat(regioService.regioVan(new GemeenteCode("9996"), LocalDate.of(2022, 12, 31)))
                .contains("JZ34");
        assertThat(regioService.regioVan(new GemeenteCode("9996"), LocalDate.of(2023, 1, 1)))
                .contains("JZ35");
    }

    @Test
    void unknownGemeenteIsNotFoundAsProblem() {
        assertThat(mvc.get().uri("/api/v1/gemeenten/0001").with(httpBasic("toegang", "demo")))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(mvc.get().uri("/api/v1/bestaat-niet").with(httpBasic("toegang", "demo")))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith("application/problem+json");
    }

    @Test
    void invalidPaginationIsABadRequest() {
        assertThat(mvc.get().uri("/api/v1/gemeenten?pageSize=1000").with(httpBasic("toegang", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json");
    }
}
