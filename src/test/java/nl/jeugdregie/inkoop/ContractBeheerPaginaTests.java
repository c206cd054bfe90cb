package nl.jeugdregie.inkoop;

import static nl.jeugdregie.Testgebruikers.aanbiederVan;
import static nl.jeugdregie.Testgebruikers.metRol;
import static nl.jeugdregie.inkoop.InkoopFixtures.DEMO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Changing a contract's looptijd and perceel, and ending or correcting a tariff, on the pages. */
@JeugdregieTest
class ContractBeheerPaginaTests {

    static final AgbCode AANBIEDER = new AgbCode("99000004");
    static final LocalDate BEGIN = LocalDate.of(2026, 1, 1);
    static final LocalDate EIND = LocalDate.of(2026, 12, 31);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ContractService contracten;

    @Autowired
    WachttijdService wachttijden;

    @Autowired
    OntwikkelopgaveService ontwikkelopgaven;

    @Autowired
    ProductService producten;

    @Autowired
    JdbcClient jdbc;

    /** A fresh contract for 2026 with product 45A53 at € 100 per hour for the whole year. */
    Contract eenContract(String nummer) {
        Contract contract = contracten.voegToe(
                new Contractgegevens(nummer, AANBIEDER, "Perceel pagina", new Periode(BEGIN, EIND), null));
        contracten.voegProductToe(contract.id(), "45A53", Eenheid.vanCode("04"));
        contracten.voegTariefToe(contract.id(), "45A53", Bedrag.euro(100), new Periode(BEGIN, EIND));
        return contract;
    }

    Tarief enigTarief(Contract contract) {
        return contracten.contractproduct(contract.id(), "45A53").tarieven().get(0);
    }

    @Test
    void inkoopChangesPerceelAndLooptijdButNotPastATariff() {
        Contract contract = eenContract("PAG-C-1");
        String pad = "/inkoop/contracten/" + contract.id() + "/wijzigen";
        assertThat(mvc.get().uri(pad).with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Contract wijzigen", "PAG-C-1", "Perceel pagina");
        assertThat(mvc.post()
                        .uri(pad)
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("nummer", "PAG-C-1")
                        .param("agb", AANBIEDER.value())
                        .param("perceel", "")
                        .param("begindatum", "2026-01-01"))
                .hasStatusOk()
                .bodyText()
                .contains("Controleer de invoer", "Vul het perceel in");
        assertThat(mvc.post()
                        .uri(pad)
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("nummer", "PAG-C-1")
                        .param("agb", AANBIEDER.value())
                        .param("perceel", "Perceel pagina")
                        .param("begindatum", "2026-01-01")
                        .param("einddatum", "2026-06-30"))
                .hasStatusOk()
                .bodyText()
                .contains("valt dan buiten de looptijd; pas eerst dat tarief aan");
        assertThat(contracten.vereis(contract.id()).looptijd()).isEqualTo(new Periode(BEGIN, EIND));

        assertThat(mvc.post()
                        .uri(pad)
                        .with(metRol("BEHEERDER"))
                        .with(csrf())
                        .param("nummer", "PAG-C-1")
                        .param("agb", AANBIEDER.value())
                        .param("perceel", "Perceel 2 Ambulant")
                        .param("begindatum", "2026-01-01")
                        .param("einddatum", "2027-12-31"))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("succes", "Contract PAG-C-1 is gewijzigd.");
        Contract gewijzigd = contracten.vereis(contract.id());
        assertThat(gewijzigd.perceel()).isEqualTo("Perceel 2 Ambulant");
        assertThat(gewijzigd.looptijd().eind()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void inkoopEndsATariffAndGetsTheApisErrorsForACorrectionThatDoesNotFit() {
        Contract contract = eenContract("PAG-C-2");
        Tarief tarief = enigTarief(contract);
        String pad = "/inkoop/contracten/" + contract.id() + "/tarieven/" + tarief.id() + "/wijzigen";
        assertThat(mvc.get().uri(pad).with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Tarief 45A53 wijzigen", "100,00");
        assertThat(mvc.post()
                        .uri(pad)
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("bedrag", "100,00")
                        .param("begindatum", "2026-01-01")
                        .param("einddatum", "2027-03-31"))
                .hasStatusOk()
                .bodyText()
                .contains("De tariefperiode 01-01-2026 t/m 31-03-2027 valt buiten de looptijd van het contract");
        assertThat(enigTarief(contract).geldig()).isEqualTo(new Periode(BEGIN, EIND));

        assertThat(mvc.post()
                        .uri(pad)
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("bedrag", "€ 100,00")
                        .param("begindatum", "2026-01-01")
                        .param("einddatum", "2026-06-30"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(enigTarief(contract).geldig()).isEqualTo(new Periode(BEGIN, LocalDate.of(2026, 6, 30)));

        contracten.voegTariefToe(contract.id(), "45A53", Bedrag.euro(104), new Periode(LocalDate.of(2026, 7, 1), EIND));
        assertThat(mvc.post()
                        .uri(pad)
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("bedrag", "100,00")
                        .param("begindatum", "2026-01-01")
                        .param("einddatum", "2026-08-31"))
                .hasStatusOk()
                .bodyText()
                .contains("tariefperiodes mogen elkaar niet overlappen");
        assertThat(mvc.post()
                        .uri(pad)
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("bedrag", "-1")
                        .param("begindatum", "2026-01-01"))
                .hasStatusOk()
                .bodyText()
                .contains("Een tarief kan niet negatief zijn");
        assertThat(enigTarief(contract).geldig()).isEqualTo(new Periode(BEGIN, LocalDate.of(2026, 6, 30)));
        assertThat(enigTarief(contract).bedrag()).isEqualTo(Bedrag.euro(100));
    }

    @Test
    void aTariffWithoutEndDateRunsUntilTheContractEndsAndFollowsItsLooptijd() {
        Contract contract = contracten.voegToe(
                new Contractgegevens("PAG-C-5", AANBIEDER, "Perceel open", new Periode(BEGIN, EIND), null));
        contracten.voegProductToe(contract.id(), "45A53", Eenheid.UUR);
        String contractpad = "/inkoop/contracten/" + contract.id();
        assertThat(mvc.post()
                        .uri(contractpad + "/tarieven")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("productcode", "45A53")
                        .param("bedrag", "95,00")
                        .param("begindatum", "2026-04-01")
                        .param("einddatum", ""))
                .hasStatus(HttpStatus.FOUND);
        Tarief tarief = enigTarief(contract);
        assertThat(tarief.totEindeContract()).isTrue();
        assertThat(tarief.einddatum()).as("as entered").isNull();
        assertThat(tarief.geldig()).isEqualTo(new Periode(LocalDate.of(2026, 4, 1), EIND));
        assertThat(mvc.get().uri(contractpad).with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("31-12-2026 (einde contract)");
        assertThat(contracten.historie(contract.id()))
                .anySatisfy(w -> assertThat(w.omschrijving())
                        .isEqualTo("Tarief 45A53 € 95,00 per uur vanaf 01-04-2026 tot het einde van het contract"
                                + " toegevoegd"));

        // the no-overlap rule holds for the open end too
        assertThatThrownBy(() -> contracten.voegTariefToe(
                        contract.id(), "45A53", Bedrag.euro(99), new Periode(LocalDate.of(2026, 10, 1), EIND)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("tariefperiodes mogen elkaar niet overlappen");

        // a longer looptijd takes the tariff along; the declaratie check sees the new end in the view
        contracten.wijzig(
                contract.id(),
                new Contractgegevens(
                        "PAG-C-5", AANBIEDER, "Perceel open", new Periode(BEGIN, LocalDate.of(2027, 6, 30)), null));
        assertThat(enigTarief(contract).geldig().eind()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(contracten.tarievenOp(AANBIEDER, "45A53", LocalDate.of(2027, 6, 30)))
                .anySatisfy(t -> assertThat(t.contractId()).isEqualTo(contract.id()));
        assertThat(contracten.tarievenOp(AANBIEDER, "45A53", LocalDate.of(2027, 7, 1)))
                .noneSatisfy(t -> assertThat(t.contractId()).isEqualTo(contract.id()));
        assertThat(jdbc.sql("select tarief_einddatum from inkoop.v_contractproducten where contract_id = :id")
                        .param("id", contract.id())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2027, 6, 30));

        // a shorter looptijd that still holds its first day shortens it; one that ends before it is refused
        contracten.wijzig(
                contract.id(),
                new Contractgegevens(
                        "PAG-C-5", AANBIEDER, "Perceel open", new Periode(BEGIN, LocalDate.of(2026, 9, 30)), null));
        assertThat(enigTarief(contract).geldig().eind()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThatThrownBy(() -> contracten.wijzig(
                        contract.id(),
                        new Contractgegevens(
                                "PAG-C-5",
                                AANBIEDER,
                                "Perceel open",
                                new Periode(BEGIN, LocalDate.of(2026, 3, 31)),
                                null)))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.parameters().get(0).reason())
                                .isEqualTo(
                                        "Het tarief voor 45A53 (vanaf 01-04-2026 tot het einde van het contract) valt dan"
                                                + " buiten de looptijd; pas eerst dat tarief aan"));

        // the change form keeps the end empty, so saving it does not fix today's end of the contract
        assertThat(mvc.get()
                        .uri(contractpad + "/tarieven/" + tarief.id() + "/wijzigen")
                        .with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("2026-04-01")
                .doesNotContain("2026-09-30");
    }

    @Test
    void onlyInkoopAndBeheerChangeContractsAndTariffs() {
        Contract contract = eenContract("PAG-C-3");
        Tarief tarief = enigTarief(contract);
        String contractpad = "/inkoop/contracten/" + contract.id();
        for (String rol : new String[] {"TOEGANG", "BACKOFFICE", "ANALIST"}) {
            assertThat(mvc.get().uri(contractpad + "/wijzigen").with(metRol(rol)))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri(contractpad + "/tarieven/" + tarief.id() + "/wijzigen")
                            .with(metRol(rol))
                            .with(csrf())
                            .param("bedrag", "1,00")
                            .param("begindatum", "2026-01-01"))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri(contractpad + "/tarieven/" + tarief.id() + "/verwijderen")
                            .with(metRol(rol))
                            .with(csrf()))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post()
                        .uri(contractpad + "/tarieven/" + tarief.id() + "/verwijderen")
                        .with(aanbiederVan(AANBIEDER))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(enigTarief(contract)).isEqualTo(tarief);

        assertThat(mvc.post()
                        .uri(contractpad + "/tarieven/" + tarief.id() + "/verwijderen")
                        .with(metRol("INKOOP"))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(contracten.contractproduct(contract.id(), "45A53").tarieven())
                .isEmpty();
    }

    @Test
    void waitingTimePageDrawsTheTrendFromTheSameNumbersAsItsTable() {
        Wachttijd eigen = InkoopFixtures.wachttijdVan(wachttijden, DEMO);
        mvc.post()
                .uri("/wachttijden/" + eigen.id())
                .with(aanbiederVan(DEMO))
                .with(csrf())
                .param("wekenTotIntake", "7.5")
                .param("wekenTotStart", "2")
                .exchange();
        assertThat(wachttijden.historie(eigen.id()).size()).isGreaterThan(1);
        assertThat(mvc.get().uri("/wachttijden/" + eigen.id()).with(metRol("TOEGANG")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "data-grafiek=\"wachttijdgrafiek-gegevens\"",
                        "aria-label=\"Lijngrafiek van de weken tot intake",
                        "type=\"application/json\"",
                        "\"Weken van intake tot start\"",
                        "7.5",
                        "chart.umd.js",
                        "<td class=\"getal\">7,5</td>");
    }

    @Test
    void inkoopMakesAnOntwikkelafspraakAndTheAanbiederReportsProgress() {
        Contract contract = eenContract("PAG-C-4");
        String pad = "/inkoop/contracten/" + contract.id() + "/ontwikkelafspraken";
        assertThat(mvc.get().uri(pad + "/nieuw").with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Ontwikkelafspraak toevoegen", "Ervaringsdeskundigheid als expertise");
        assertThat(mvc.post()
                        .uri(pad + "/nieuw")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("opgave", "INNOVATIEKRACHT")
                        .param("indicator", "")
                        .param("eenheid", "%"))
                .hasStatusOk()
                .bodyText()
                .contains("Vul de indicator in", "Vul de streefwaarde in", "Vul de streefdatum in");
        assertThat(ontwikkelopgaven.afspraken(contract.id())).isEmpty();

        assertThat(mvc.post()
                        .uri(pad + "/nieuw")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("opgave", "ZO_THUIS_MOGELIJK")
                        .param("indicator", "Thuis na afloop")
                        .param("eenheid", "%")
                        .param("nulmeting", "50")
                        .param("streefwaarde", "70")
                        .param("streefdatum", "2026-12-31"))
                .hasStatus(HttpStatus.FOUND);
        Ontwikkelafspraak afspraak = ontwikkelopgaven.afspraken(contract.id()).get(0);
        assertThat(afspraak.streefwaarde()).isEqualByComparingTo("70");

        String voortgang = pad + "/" + afspraak.id();
        assertThat(mvc.get().uri(voortgang).with(aanbiederVan(AANBIEDER)))
                .hasStatusOk()
                .bodyText()
                .contains("Thuis na afloop", "Voortgang rapporteren");
        assertThat(mvc.post()
                        .uri(voortgang)
                        .with(aanbiederVan(AANBIEDER))
                        .with(csrf())
                        .param("peildatum", "2027-01-01")
                        .param("waarde", "60"))
                .hasStatusOk()
                .bodyText()
                .contains("De peildatum ligt in de toekomst");
        assertThat(mvc.post()
                        .uri(voortgang)
                        .with(aanbiederVan(AANBIEDER))
                        .with(csrf())
                        .param("peildatum", "2026-03-01")
                        .param("waarde", "60"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(ontwikkelopgaven.afspraken(contract.id()).get(0).voortgangProcent())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("50"));

        assertThat(mvc.post()
                        .uri(pad + "/nieuw")
                        .with(aanbiederVan(AANBIEDER))
                        .with(csrf())
                        .param("opgave", "INNOVATIEKRACHT"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri(voortgang)
                        .with(metRol("BACKOFFICE"))
                        .with(csrf())
                        .param("peildatum", "2026-02-01")
                        .param("waarde", "55"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri(voortgang)
                        .with(aanbiederVan(DEMO))
                        .with(csrf())
                        .param("peildatum", "2026-02-01")
                        .param("waarde", "55"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(ontwikkelopgaven.afspraken(contract.id()).get(0).voortgang()).hasSize(1);
    }

    @Test
    void inkoopAddsARegionalProductMappedToACategory() {
        assertThat(mvc.get().uri("/inkoop/producten/nieuw").with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Regionaal product toevoegen", "Productcategorie");
        assertThat(mvc.post()
                        .uri("/inkoop/producten/nieuw")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("code", "45R9")
                        .param("omschrijving", "Regionale gezinsbegeleiding")
                        .param("categorie", "45"))
                .hasStatusOk()
                .bodyText()
                .contains("Productcode moet uit 5 letters of cijfers bestaan", "Kies de uitvoeringsvariant");
        assertThat(producten.product("45R98")).isEmpty();

        assertThat(mvc.post()
                        .uri("/inkoop/producten/nieuw")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("code", "45r98")
                        .param("omschrijving", "Regionale gezinsbegeleiding")
                        .param("categorie", "45")
                        .param("uitvoeringsvariant", "INSPANNINGSGERICHT")
                        .param("eenheden", "04"))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("succes", "Regionaal product 45R98 is toegevoegd.");
        Product product = producten.product("45R98").orElseThrow();
        assertThat(product.categorie().code()).isEqualTo("45");
        assertThat(product.bron()).isEqualTo(Productbron.REGIONAAL);

        assertThat(mvc.post()
                        .uri("/inkoop/producten/nieuw")
                        .with(metRol("INKOOP"))
                        .with(csrf())
                        .param("code", "45R98")
                        .param("omschrijving", "Nog een keer")
                        .param("categorie", "45")
                        .param("uitvoeringsvariant", "INSPANNINGSGERICHT"))
                .hasStatusOk()
                .bodyText()
                .contains("Productcode 45R98 bestaat al");
        for (String rol : new String[] {"TOEGANG", "BACKOFFICE", "ANALIST"}) {
            assertThat(mvc.post()
                            .uri("/inkoop/producten/nieuw")
                            .with(metRol(rol))
                            .with(csrf())
                            .param("code", "45R97"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/inkoop/producten/nieuw").with(aanbiederVan(DEMO)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
