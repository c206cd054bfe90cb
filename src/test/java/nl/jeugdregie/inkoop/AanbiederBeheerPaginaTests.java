package nl.jeugdregie.inkoop;

import static nl.jeugdregie.Testgebruikers.aanbiederVan;
import static nl.jeugdregie.Testgebruikers.metRol;
import static nl.jeugdregie.inkoop.InkoopFixtures.DEMO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Locations, contact persons and budget ceilings kept on the aanbieder pages. */
@JeugdregieTest
class AanbiederBeheerPaginaTests {

    /** A demo aanbieder no other test changes the locations, contacts or ceilings of. */
    static final AgbCode AANBIEDER = new AgbCode("99000003");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    BudgetService budget;

    @Test
    void inkoopAddsChangesAndRemovesALocation() {
        String pad = "/inkoop/aanbieders/" + AANBIEDER + "/locaties";
        int voor = aanbieders.locaties(AANBIEDER).size();
        assertThat(mvc.post()
                        .uri(pad + "/nieuw")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("naam", "Pagina-locatie")
                        .param("postcode", "75")
                        .param("plaats", "Hengelo"))
                .hasStatusOk()
                .bodyText()
                .contains("Controleer de invoer", "Postcode moet zijn als 7511 AB");
        assertThat(aanbieders.locaties(AANBIEDER)).hasSize(voor);

        assertThat(mvc.post()
                        .uri(pad + "/nieuw")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("naam", "Pagina-locatie")
                        .param("postcode", "7551 ab")
                        .param("plaats", "Hengelo"))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("succes", "Locatie Pagina-locatie is toegevoegd.");
        Locatie locatie = aanbieders.locaties(AANBIEDER).stream()
                .filter(l -> l.naam().equals("Pagina-locatie"))
                .findFirst()
                .orElseThrow();
        assertThat(locatie.postcode()).isEqualTo("7551 AB");

        assertThat(mvc.get().uri(pad + "/" + locatie.id() + "/wijzigen").with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Locatie wijzigen", "Hengelo");
        assertThat(mvc.post()
                        .uri(pad + "/" + locatie.id() + "/wijzigen")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("naam", "Pagina-locatie")
                        .param("plaats", "Almelo"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(aanbieders.locatie(AANBIEDER, locatie.id()).plaats()).isEqualTo("Almelo");

        assertThat(mvc.post()
                        .uri(pad + "/" + locatie.id() + "/verwijderen")
                        .with(metRol("INKOOP"))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(aanbieders.locaties(AANBIEDER)).hasSize(voor);
    }

    @Test
    void inkoopAddsChangesAndRemovesAContactPerson() {
        String pad = "/inkoop/aanbieders/" + AANBIEDER + "/contactpersonen";
        int voor = aanbieders.contactpersonen(AANBIEDER).size();
        assertThat(mvc.post()
                        .uri(pad + "/nieuw")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("naam", "")
                        .param("email", "geen-adres"))
                .hasStatusOk()
                .bodyText()
                .contains("Vul de naam in", "E-mailadres is ongeldig");
        assertThat(aanbieders.contactpersonen(AANBIEDER)).hasSize(voor);

        assertThat(mvc.post()
                        .uri(pad + "/nieuw")
                        .with(metRol("BEHEERDER"))
                        .with(csrf())
                        .param("naam", "Pagina Contact")
                        .param("functie", "Contractmanager")
                        .param("email", "contact@voorbeeld.nl"))
                .hasStatus(HttpStatus.FOUND);
        Contactpersoon persoon = aanbieders.contactpersonen(AANBIEDER).stream()
                .filter(c -> c.naam().equals("Pagina Contact"))
                .findFirst()
                .orElseThrow();
        assertThat(mvc.post()
                        .uri(pad + "/" + persoon.id() + "/wijzigen")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("naam", "Pagina Contact")
                        .param("telefoon", "053-1234567"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(aanbieders.contactpersoon(AANBIEDER, persoon.id()).telefoon())
                .isEqualTo("053-1234567");
        assertThat(mvc.post()
                        .uri(pad + "/" + persoon.id() + "/verwijderen")
                        .with(metRol("INKOOP"))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(aanbieders.contactpersonen(AANBIEDER)).hasSize(voor);
    }

    @Test
    void inkoopSetsTheBudgetCeilingAndSeesItOnTheAanbiederPage() {
        String pad = "/inkoop/aanbieders/" + AANBIEDER + "/budget";
        assertThat(mvc.get().uri(pad).with(metRol("INKOOP"))).hasStatusOk();
        assertThat(mvc.post()
                        .uri(pad)
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("jaar", "2031")
                        .param("plafond", "-5")
                        .param("signaleringsgrens", "120"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Een budgetplafond kan niet negatief zijn",
                        "De signaleringsgrens ligt tussen 1 en 100 procent");
        assertThat(budget.budgetstand(AANBIEDER, 2031)).isEmpty();

        assertThat(mvc.post()
                        .uri(pad)
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("jaar", "2031")
                        .param("plafond", "250000.50")
                        .param("signaleringsgrens", "75"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(budget.budgetstand(AANBIEDER, 2031).orElseThrow().plafond()).isEqualTo(new Bedrag(25_000_050));
        assertThat(mvc.get().uri("/inkoop/aanbieders/" + AANBIEDER).with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Budgetplafond en verplichtingen per jaar", "€ 250.000,50", "75,0 %", "Binnen plafond");
    }

    @Test
    void onlyInkoopAndBeheerKeepLocationsContactsAndCeilings() {
        String aanbieder = "/inkoop/aanbieders/" + AANBIEDER;
        for (String rol : new String[] {"TOEGANG", "BACKOFFICE", "ANALIST"}) {
            assertThat(mvc.get().uri(aanbieder + "/locaties/nieuw").with(metRol(rol)))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri(aanbieder + "/contactpersonen/nieuw")
                            .with(metRol(rol))
                            .with(csrf())
                            .param("naam", "Niet toegestaan"))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri(aanbieder + "/budget")
                            .with(metRol(rol))
                            .with(csrf())
                            .param("jaar", "2031")
                            .param("plafond", "1"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post()
                        .uri("/inkoop/aanbieders/" + DEMO + "/locaties/nieuw")
                        .with(aanbiederVan(DEMO))
                        .with(csrf())
                        .param("naam", "Eigen locatie"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(aanbieders.locaties(DEMO)).noneMatch(l -> l.naam().equals("Eigen locatie"));
    }
}
