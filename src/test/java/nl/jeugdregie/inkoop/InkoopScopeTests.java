package nl.jeugdregie.inkoop;

import static nl.jeugdregie.Testgebruikers.aanbiederVan;
import static nl.jeugdregie.inkoop.InkoopFixtures.ANDER;
import static nl.jeugdregie.inkoop.InkoopFixtures.DEMO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.math.BigDecimal;
import nl.jeugdregie.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** An aanbieder sees and keeps only its own data; the region sees everything. */
@JeugdregieTest
class InkoopScopeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ContractService contracten;

    @Autowired
    WachttijdService wachttijden;

    @Test
    void aanbiederReadsItsOwnContractsButNotAnothersContracts() {
        assertThat(mvc.get()
                        .uri("/api/v1/contracten/" + InkoopFixtures.contractVan(contracten, DEMO))
                        .with(httpBasic("aanbieder", "demo")))
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/v1/contracten/" + InkoopFixtures.contractVan(contracten, ANDER))
                        .with(httpBasic("aanbieder", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(mvc.get()
                        .uri("/api/v1/contracten/" + InkoopFixtures.contractVan(contracten, DEMO))
                        .with(aanbiederVan(ANDER)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/contracten?agb=" + ANDER).with(httpBasic("aanbieder", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].agb")
                .asArray()
                .isNotEmpty()
                .containsOnly(DEMO.value());
        assertThat(mvc.get()
                        .uri("/api/v1/contracten/tarieven?agb=" + ANDER + "&productcode=43A07&leverdatum=2026-01-01")
                        .with(httpBasic("aanbieder", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/aanbieders/" + ANDER + "/budget").with(httpBasic("aanbieder", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aanbiederSeesOnlyItselfInTheRegister() {
        assertThat(mvc.get().uri("/api/v1/aanbieders").with(httpBasic("aanbieder", "demo")))
                .hasStatusOk()
                .hasHeader("X-Total-Count", "1");
        assertThat(mvc.get().uri("/api/v1/aanbieders/" + ANDER).with(httpBasic("aanbieder", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/aanbieders/" + ANDER).with(httpBasic("toegang", "demo")))
                .hasStatusOk();
    }

    @Test
    void aanbiederReadsAndKeepsOnlyItsOwnWaitingTimes() {
        long eigen = InkoopFixtures.wachttijdVan(wachttijden, DEMO).id();
        long andere = InkoopFixtures.wachttijdVan(wachttijden, new nl.jeugdregie.kern.AgbCode("99000003"))
                .id();
        assertThat(mvc.get().uri("/api/v1/wachttijden").with(httpBasic("aanbieder", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].agb")
                .asArray()
                .containsOnly(DEMO.value());
        assertThat(mvc.get().uri("/api/v1/wachttijden/" + andere).with(httpBasic("aanbieder", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        Wachttijd voor = wachttijden.vereis(andere);
        assertThat(mvc.put()
                        .uri("/api/v1/wachttijden/" + andere)
                        .with(httpBasic("aanbieder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"wekenTotIntake\":1,\"wekenTotStart\":1}"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(mvc.post()
                        .uri("/api/v1/wachttijden")
                        .with(httpBasic("aanbieder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agb\":\"99000003\",\"productcode\":\"45A53\",\"wekenTotIntake\":1}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(wachttijden.vereis(andere)).isEqualTo(voor);

        assertThat(mvc.put()
                        .uri("/api/v1/wachttijden/" + eigen)
                        .with(httpBasic("aanbieder", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"wekenTotIntake\":7.5,\"wekenTotStart\":2,\"vrijePlaatsen\":1}"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.wekenTotIntake").isEqualTo(7.5);
                    assertThat(json).extractingPath("$.bron").isEqualTo("AANBIEDER");
                    assertThat(json).extractingPath("$.bevestigdOp").isEqualTo("2026-03-02");
                    assertThat(json).extractingPath("$.verouderd").isEqualTo(false);
                });
        assertThat(wachttijden.historie(eigen)).last().satisfies(m -> {
            assertThat(m.wekenTotIntake()).isEqualByComparingTo(new BigDecimal("7.5"));
            assertThat(m.geregistreerdDoor()).isEqualTo("aanbieder");
        });
    }

    @Test
    void anotherAanbiederCannotReadTheDemoAanbiedersWaitingTimes() {
        long eigen = InkoopFixtures.wachttijdVan(wachttijden, DEMO).id();
        assertThat(mvc.get().uri("/api/v1/wachttijden/" + eigen).with(aanbiederVan(ANDER)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/wachttijden").with(aanbiederVan(ANDER)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].agb")
                .asArray()
                .doesNotContain(DEMO.value());
    }

    @Test
    void referrersReadEveryonesWaitingTimes() {
        assertThat(mvc.get().uri("/api/v1/wachttijden?pageSize=100").with(httpBasic("toegang", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].agb")
                .asArray()
                .contains(DEMO.value(), "99000003");
    }
}
