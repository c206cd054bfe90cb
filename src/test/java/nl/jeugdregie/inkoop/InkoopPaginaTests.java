package nl.jeugdregie.inkoop;

import static nl.jeugdregie.Testgebruikers.aanbiederVan;
import static nl.jeugdregie.Testgebruikers.metRol;
import static nl.jeugdregie.inkoop.InkoopFixtures.ANDER;
import static nl.jeugdregie.inkoop.InkoopFixtures.DEMO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import nl.jeugdregie.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@JeugdregieTest
class InkoopPaginaTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ContractService contracten;

    @Autowired
    WachttijdService wachttijden;

    @Test
    void inkoopSeesTheRegisterWithBudgetWarnings() {
        assertThat(mvc.get().uri("/inkoop/aanbieders").with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Aanbieders en contracten", "Budgetplafonds die aandacht vragen");
        // Other tests add aanbieders that may come first in the register; searching finds these whatever the page.
        assertThat(mvc.get().uri("/inkoop/aanbieders?zoek={zoek}", "Ambiq").with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Ambiq");
        assertThat(mvc.get()
                        .uri("/inkoop/aanbieders?zoek={zoek}", "Demo Jeugdhulp")
                        .with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Demo Jeugdhulp");
        assertThat(mvc.get().uri("/inkoop/aanbieders/" + ANDER).with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Contracten met deze aanbieder", "JR-2025-", "budgetplafond 2026");
    }

    @Test
    void contractPageShowsTariffsOntwikkelopgavenAndHistory() {
        assertThat(mvc.get()
                        .uri("/inkoop/contracten/" + InkoopFixtures.contractVan(contracten, ANDER))
                        .with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "43A07", "€ 299,40", "€ 309,88", "Zo thuis mogelijk", "Wijzigingshistorie", "Tarief toevoegen");
    }

    @Test
    void aanbiederSeesItsOwnOrganisationAndNotAnother() {
        assertThat(mvc.get().uri("/inkoop/mijn-organisatie").with(aanbiederVan(DEMO)))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/inkoop/aanbieders/" + DEMO);
        assertThat(mvc.get().uri("/inkoop/aanbieders/" + DEMO).with(aanbiederVan(DEMO)))
                .hasStatusOk()
                .bodyText()
                .contains("Demo Jeugdhulp", "Contracten met deze aanbieder")
                .doesNotContain("Contract toevoegen");
        assertThat(mvc.get().uri("/inkoop/aanbieders/" + ANDER).with(aanbiederVan(DEMO)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/inkoop/contracten/" + InkoopFixtures.contractVan(contracten, ANDER))
                        .with(aanbiederVan(DEMO)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/wachttijden").with(aanbiederVan(DEMO)))
                .hasStatusOk()
                .bodyText()
                .contains("Wachttijden van uw organisatie", "Demo Jeugdhulp")
                .doesNotContain("Jarabee");
    }

    @Test
    void aNegativeTariffOnThePageGivesADutchErrorAndStoresNothing() {
        long contract = InkoopFixtures.contractVan(contracten, DEMO);
        int voor = contracten.contractproduct(contract, "45A53").tarieven().size();
        assertThat(mvc.post()
                        .uri("/inkoop/contracten/" + contract + "/tarieven")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("productcode", "45A53")
                        .param("bedrag", "-10,00")
                        .param("begindatum", "2025-01-01"))
                .hasStatusOk()
                .bodyText()
                .contains("Controleer de invoer", "Een tarief kan niet negatief zijn");
        assertThat(mvc.post()
                        .uri("/inkoop/contracten/" + contract + "/tarieven")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("productcode", "45A53")
                        .param("bedrag", "120,00")
                        .param("begindatum", "2026-06-01")
                        .param("einddatum", "2026-12-31"))
                .hasStatusOk()
                .bodyText()
                .contains("tariefperiodes mogen elkaar niet overlappen");
        assertThat(contracten.contractproduct(contract, "45A53").tarieven()).hasSize(voor);
    }

    @Test
    void anAgbFormatErrorOnThePageIsDutch() {
        assertThat(mvc.post()
                        .uri("/inkoop/aanbieders/nieuw")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("agb", "123")
                        .param("naam", "Te kort")
                        .param("relatie", "REGULIER"))
                .hasStatusOk()
                .bodyText()
                .contains("AGB-code moet uit precies 8 cijfers bestaan");
    }

    @Test
    void aanbiederUpdatesItsOwnWaitingTimeOnThePage() {
        Wachttijd eigen = InkoopFixtures.wachttijdVan(wachttijden, DEMO);
        assertThat(mvc.get().uri("/wachttijden/" + eigen.id()).with(aanbiederVan(DEMO)))
                .hasStatusOk()
                .bodyText()
                .contains("Verloop", "Bijwerken en bevestigen");
        assertThat(mvc.post()
                        .uri("/wachttijden/" + eigen.id())
                        .with(aanbiederVan(DEMO))
                        .with(csrf())
                        .param("wekenTotIntake", "-3"))
                .hasStatusOk()
                .bodyText()
                .contains("Weken tot intake kan niet negatief zijn");
        assertThat(mvc.post()
                        .uri("/wachttijden/" + eigen.id())
                        .with(aanbiederVan(DEMO))
                        .with(csrf())
                        .param("wekenTotIntake", "5")
                        .param("wekenTotStart", "1"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(wachttijden.vereis(eigen.id()).bevestigdOp()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(mvc.post()
                        .uri("/wachttijden/" + eigen.id())
                        .with(aanbiederVan(ANDER))
                        .with(csrf())
                        .param("wekenTotIntake", "1"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void everyRoleSeesTheOverviewAndTheCatalogue() {
        for (String rol : new String[] {"TOEGANG", "BACKOFFICE", "ANALIST", "INKOOP"}) {
            assertThat(mvc.get().uri("/wachttijden?sorteer=TOTAAL&actueel=true").with(metRol(rol)))
                    .hasStatusOk();
            assertThat(mvc.get()
                            .uri("/inkoop/producten?categorie=45&variant=INSPANNINGSGERICHT")
                            .with(metRol(rol)))
                    .hasStatusOk()
                    .bodyText()
                    .contains("45A53");
        }
    }

    @Test
    void inkoopReadsAFeedOnThePageAndSeesTheReport() {
        MockMultipartFile bestand = new MockMultipartFile(
                "bestand",
                "feed.csv",
                "text/csv",
                "aanbieder;aanbod;weken_tot_intake;bevestigd_op\nOnbekende Zorg;Pagina-aanbod;3;2026-02-01\n"
                        .getBytes());
        assertThat(mvc.post()
                        .uri("/wachttijden/import")
                        .multipart()
                        .file(bestand)
                        .param("proef", "true")
                        .with(metRol("INKOOP"))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .startsWith("/inkoop/importen/");
        assertThat(mvc.get().uri("/wachttijden/import").with(metRol("INKOOP"))).hasStatusOk();
        assertThat(mvc.get().uri("/wachttijden/import").with(aanbiederVan(DEMO)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
