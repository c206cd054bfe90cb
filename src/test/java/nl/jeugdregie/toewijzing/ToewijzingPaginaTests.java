package nl.jeugdregie.toewijzing;

import static nl.jeugdregie.toewijzing.ToewijzingFixtures.AANBIEDER;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.AMBULANT;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.ENSCHEDE;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.HENGELO;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.TIEN_UUR_PER_WEEK;
import static nl.jeugdregie.toewijzing.ToewijzingFixtures.nieuweClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.inkoop.ProductService;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.RedenWijziging;
import nl.jeugdregie.kern.codelijst.Verwijzer;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Pseudonimisering;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toegangslog.Zoekvraag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@JeugdregieTest
class ToewijzingPaginaTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    static final RequestPostProcessor TOEGANG_ENSCHEDE = als("toegang", "TOEGANG", "0153");
    static final RequestPostProcessor BACKOFFICE = als("backoffice", "BACKOFFICE");
    static final RequestPostProcessor AANBIEDER_GEBRUIKER = als("aanbieder", "AANBIEDER");
    static final Periode PERIODE = Periode.van(VANDAAG, LocalDate.of(2026, 12, 31));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    Toegangslog toegangslog;

    @Autowired
    Pseudonimisering pseudonimisering;

    @Autowired
    ProductService producten;

    final Bsn client = nieuweClient();
    final String ref = "P" + System.nanoTime();

    /** A signed-in user as an identity provider would describe it: roles and the gemeenten of its scope. */
    static RequestPostProcessor als(String naam, String rol, String... gemeenten) {
        return Testgebruikers.als(naam, rol, gemeenten);
    }

    ToegewezenProduct toewijzingIn(GemeenteCode gemeente) {
        return toewijzingen
                .wijsToe(new NieuweToewijzing(
                        gemeente, client, AANBIEDER, AMBULANT, PERIODE, TIEN_UUR_PER_WEEK, null, null))
                .waarde();
    }

    long verzoekIn(GemeenteCode gemeente) {
        return verzoekVoor(gemeente, client, ref);
    }

    long verzoekVoor(GemeenteCode gemeente, Bsn client, String ref) {
        return verzoeken
                .ontvang(new VerzoekOmToewijzing(
                        gemeente,
                        AANBIEDER,
                        client,
                        VANDAAG,
                        VANDAAG,
                        null,
                        List.of(new AangevraagdProduct(
                                ref, AMBULANT, PERIODE, TIEN_UUR_PER_WEEK, null, Verwijzer.HUISARTS, null))))
                .waarde()
                .get(0)
                .id();
    }

    @Test
    void toegangOfOneGemeenteCannotSeeAnothersToewijzing() {
        ToegewezenProduct hengelo = toewijzingIn(HENGELO);

        assertThat(mvc.get().uri("/toewijzing/0164/" + hengelo.nummer()).with(TOEGANG_ENSCHEDE))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/toewijzing/0164/" + hengelo.nummer()).with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains("Toewijzing " + hengelo.nummer(), "10 uur per week");
    }

    @Test
    void toegangCannotSearchClientsOfAnotherGemeente() {
        assertThat(mvc.post()
                        .uri("/toewijzing/clienten")
                        .with(TOEGANG_ENSCHEDE)
                        .with(csrf())
                        .param("gemeente", "0164")
                        .param("bsn", client.value()))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void clientPageShowsToewijzingenAndLogsTheRead() {
        ToegewezenProduct enschede = toewijzingIn(ENSCHEDE);

        assertThat(mvc.post()
                        .uri("/toewijzing/clienten")
                        .with(TOEGANG_ENSCHEDE)
                        .with(csrf())
                        .param("gemeente", "0153")
                        .param("bsn", client.value()))
                .hasStatusOk()
                .bodyText()
                .contains(enschede.nummer().toString(), "Niet gestart");
        assertThat(toegangslog
                        .zoek(
                                new Zoekvraag(
                                        "toegang", null, null, Actie.RAADPLEGEN, pseudonimisering.pseudoniem(client)),
                                new Paginering(1, 10))
                        .items())
                .isNotEmpty();
    }

    @Test
    void workQueueIsScopedAndDecisionsRedirectWithAMessage() {
        long eigen = verzoekIn(ENSCHEDE);

        assertThat(mvc.get().uri("/toewijzing/verzoeken").with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains(ref, "09-03-2026");
        assertThat(mvc.get().uri("/toewijzing/verzoeken/" + eigen).with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .contains(client.value(), "Afwijzen");
        assertThat(mvc.post()
                        .uri("/toewijzing/verzoeken/" + eigen + "/onderzoek")
                        .with(BACKOFFICE)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("succes", "Verzoek " + ref + " is in onderzoek; de termijn is nu 8 weken.");
        assertThat(mvc.post()
                        .uri("/toewijzing/verzoeken/" + eigen + "/onderzoek")
                        .with(BACKOFFICE)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .hasEntrySatisfying("fout", f -> assertThat((String) f).contains("TR360", "9360"));
    }

    @Test
    void toegangDoesNotSeeVerzoekenOfAnotherGemeente() {
        long hengelo = verzoekIn(HENGELO);

        assertThat(mvc.get().uri("/toewijzing/verzoeken").with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(ref);
        assertThat(mvc.get().uri("/toewijzing/verzoeken/" + hengelo).with(TOEGANG_ENSCHEDE))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void demoWorkQueueMarksOverdueVerzoeken() {
        assertThat(mvc.get().uri("/toewijzing/verzoeken").with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains("DEMO-VOT-1", "Te laat", "DEMO-VOT-3");
        assertThat(mvc.get().uri("/toewijzing/verzoeken").with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .contains("DEMO-VOT-1")
                .doesNotContain("DEMO-VOT-3");
    }

    @Test
    void aanbiederHasNoAccessToThePages() {
        assertThat(mvc.get().uri("/toewijzing/verzoeken").with(AANBIEDER_GEBRUIKER))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void newToewijzingFormExplainsBrokenRules() {
        assertThat(mvc.post()
                        .uri("/toewijzing/nieuw")
                        .with(TOEGANG_ENSCHEDE)
                        .with(csrf())
                        .param("gemeente", "0153")
                        .param("bsn", client.value())
                        .param("aanbieder", AANBIEDER.value())
                        .param("productcategorie", "45")
                        .param("productcode", "45A53")
                        .param("ingangsdatum", "2026-03-02"))
                .hasStatusOk()
                .bodyText()
                .contains("Controleer de invoer", "CD041");

        assertThat(budgetToewijzingDoorToegang())
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .hasEntrySatisfying("succes", s -> assertThat((String) s).contains("is vastgesteld"));
    }

    /** A toewijzing with a budget and no productcode for the test's client, made on the page by toegang Enschede. */
    MvcTestResult budgetToewijzingDoorToegang() {
        return mvc.post()
                .uri("/toewijzing/nieuw")
                .with(TOEGANG_ENSCHEDE)
                .with(csrf())
                .param("gemeente", "0153")
                .param("bsn", client.value())
                .param("aanbieder", AANBIEDER.value())
                .param("productcategorie", "45")
                .param("ingangsdatum", "2026-03-02")
                .param("einddatum", "2026-08-31")
                .param("budget", "€ 2.500,00")
                .exchange();
    }

    @Test
    void eachVerzoekDecisionIsLoggedByTheUserWhoTookIt() {
        Bsn toegewezen = nieuweClient();
        Bsn afgewezen = nieuweClient();
        Bsn onderzocht = nieuweClient();
        Bsn elders = nieuweClient();
        besluit(verzoekVoor(ENSCHEDE, toegewezen, ref + "-T"), "toewijzen", null, null);
        besluit(verzoekVoor(ENSCHEDE, afgewezen, ref + "-A"), "afwijzen", "reden", "3");
        besluit(verzoekVoor(ENSCHEDE, onderzocht, ref + "-O"), "onderzoek", null, null);
        besluit(verzoekVoor(ENSCHEDE, elders, ref + "-W"), "woonplaatsbeginsel", "gemeente", "0363");

        assertThat(log("backoffice", Actie.WIJZIGEN, toegewezen))
                .singleElement()
                .satisfies(r -> assertThat(r.gegevens()).contains("verzoek " + ref + "-T", "toegewezen"));
        assertThat(log("backoffice", Actie.WIJZIGEN, afgewezen))
                .singleElement()
                .satisfies(r -> assertThat(r.gegevens()).contains("verzoek " + ref + "-A", "afgewezen", "reden 3"));
        assertThat(log("backoffice", Actie.WIJZIGEN, onderzocht))
                .singleElement()
                .satisfies(r -> assertThat(r.gegevens()).contains("verzoek " + ref + "-O", "in onderzoek"));
        assertThat(log("backoffice", Actie.WIJZIGEN, elders))
                .singleElement()
                .satisfies(r -> assertThat(r.gegevens()).contains("woonplaatsbeginsel: gemeente 0363"));
        // The toewijzing the decision made is logged at once, although its JW301 waits for the client's gegevens.
        assertThat(log("backoffice", Actie.AANMAKEN, toegewezen))
                .singleElement()
                .satisfies(r -> assertThat(r.gegevens()).contains("versie 1", "Toegewezen"));
        assertThat(log(null, Actie.VERSTUREN, toegewezen)).isEmpty();
    }

    @Test
    void creatingAndChangingAToewijzingIsLoggedAtTheDecision() {
        assertThat(budgetToewijzingDoorToegang()).hasStatus(HttpStatus.FOUND);
        ToegewezenProduct t = toewijzingen.vanClient(ENSCHEDE, client).get(0);
        assertThat(log("toegang", Actie.AANMAKEN, client)).singleElement().satisfies(r -> {
            assertThat(r.gegevens()).contains("toewijzing " + t.nummer(), "versie 1");
            assertThat(r.namens()).isEqualTo("gemeente 0153");
        });

        assertThat(mvc.post()
                        .uri("/toewijzing/0153/" + t.nummer() + "/einddatum")
                        .with(TOEGANG_ENSCHEDE)
                        .with(csrf())
                        .param("einddatum", "2026-06-30")
                        .param("reden", "05"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(log("toegang", Actie.WIJZIGEN, client))
                .singleElement()
                .satisfies(r -> assertThat(r.gegevens()).contains("versie 2", "Einddatum 30-06-2026"));

        // A rejected change changes nothing and logs nothing.
        mvc.post()
                .uri("/toewijzing/0153/" + t.nummer() + "/einddatum")
                .with(TOEGANG_ENSCHEDE)
                .with(csrf())
                .param("einddatum", "2026-01-01")
                .param("reden", "05")
                .exchange();
        assertThat(log("toegang", Actie.WIJZIGEN, client)).hasSize(1);
    }

    private void besluit(long id, String besluit, String veld, String waarde) {
        var verzoek = mvc.post()
                .uri("/toewijzing/verzoeken/" + id + "/" + besluit)
                .with(BACKOFFICE)
                .with(csrf());
        if (veld != null) {
            verzoek = verzoek.param(veld, waarde);
        }
        assertThat(verzoek).hasStatus(HttpStatus.FOUND).flash().containsKey("succes");
    }

    private List<nl.jeugdregie.toegangslog.Logregel> log(String gebruiker, Actie actie, Bsn jeugdige) {
        return toegangslog
                .zoek(
                        new Zoekvraag(gebruiker, null, null, actie, pseudonimisering.pseudoniem(jeugdige)),
                        new Paginering(1, 50))
                .items();
    }

    @Test
    void toewijzingPageChangesTheEinddatum() {
        ToegewezenProduct t = toewijzingIn(ENSCHEDE);

        assertThat(mvc.post()
                        .uri("/toewijzing/0153/" + t.nummer() + "/einddatum")
                        .with(BACKOFFICE)
                        .with(csrf())
                        .param("einddatum", "2026-06-30")
                        .param("reden", "05"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/toewijzing/0153/" + t.nummer());
        assertThat(toewijzingen
                        .toewijzing(ENSCHEDE, t.nummer())
                        .orElseThrow()
                        .periode()
                        .eind())
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void toegangWorkerIsToldThatTheToewijzingsberichtWaitsForTheClientsGegevens() {
        MvcTestResult opgeslagen = budgetToewijzingDoorToegang();
        assertThat(opgeslagen)
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .hasEntrySatisfying(
                        "succes",
                        s -> assertThat((String) s)
                                .contains(
                                        "is vastgesteld",
                                        "Het toewijzingsbericht (JW301) is nog niet verstuurd",
                                        "ontbreekt nog naam, geboortedatum en geslacht en het BRP-adres"));
        String toewijzing = opgeslagen.getResponse().getRedirectedUrl();
        assertThat(toewijzing).startsWith("/toewijzing/0153/");
        String nummer = toewijzing.substring("/toewijzing/0153/".length());

        assertThat(mvc.get().uri(toewijzing).with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Het toewijzingsbericht wacht op gegevens van de jeugdige",
                        "van de jeugdige ontbreekt nog naam, geboortedatum en geslacht en het BRP-adres",
                        "href=\"" + toewijzing + "/jeugdige#gegevens-kop\"",
                        "Gegevens van de jeugdige aanvullen");
        assertThat(mvc.get().uri(toewijzing + "/jeugdige").with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Toewijzingsberichten wachten op gegevens van deze jeugdige",
                        "toewijzing " + nummer,
                        "ontbreekt nog naam, geboortedatum en geslacht en het BRP-adres",
                        "id=\"gegevens-kop\"");
        assertThat(mvc.get().uri("/toewijzing/clienten").with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .contains("Toewijzingen die wachten op gegevens van de jeugdige", ">" + nummer + "<");

        assertThat(mvc.post()
                        .uri("/toewijzing/clienten/gegevens")
                        .with(TOEGANG_ENSCHEDE)
                        .with(csrf())
                        .param("gemeente", "0153")
                        .param("bsn", client.value())
                        .param("achternaam", "Bakker")
                        .param("voornamen", "Lotte")
                        .param("geboortedatum", "2013-05-04")
                        .param("geslacht", "2")
                        .param("naamgebruik", "1")
                        .param("straatnaam", "Oude Markt")
                        .param("huisnummer", "3")
                        .param("postcode", "7511GA")
                        .param("plaatsnaam", "Enschede"))
                .hasStatusOk()
                .bodyText()
                .contains("De gegevens van de jeugdige zijn vastgelegd.")
                .doesNotContain("Toewijzingsberichten wachten");
        assertThat(mvc.get().uri(toewijzing).with(TOEGANG_ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Het toewijzingsbericht wacht");
    }

    @Test
    void toewijzingPagesNameGemeenteAanbiederProductAndReden() {
        ToegewezenProduct t = toewijzingIn(ENSCHEDE);
        toewijzingen.verkort(ENSCHEDE, t.nummer(), LocalDate.of(2026, 6, 30), RedenWijziging.vanCode("05"), false);
        String product = producten.product("45A12").orElseThrow().omschrijving() + " (45A12)";
        String reden = Notatie.code(RedenWijziging.vanCode("05"));

        assertThat(mvc.get().uri("/toewijzing/0153/" + t.nummer()).with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains("Enschede (0153)", "Demo Jeugdhulp (99000001)", product, reden);
        assertThat(mvc.post()
                        .uri("/toewijzing/clienten")
                        .with(TOEGANG_ENSCHEDE)
                        .with(csrf())
                        .param("gemeente", "0153")
                        .param("bsn", client.value()))
                .hasStatusOk()
                .bodyText()
                .contains("gemeente Enschede (0153)", "Demo Jeugdhulp (99000001)", product, reden);
    }

    @Test
    void workQueueAndVerzoekNameAanbiederGemeenteAndProduct() {
        long id = verzoekIn(ENSCHEDE);
        String product = producten.product("45A12").orElseThrow().omschrijving() + " (45A12)";

        assertThat(mvc.get().uri("/toewijzing/verzoeken").with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains("Demo Jeugdhulp (99000001)", "Enschede (0153)", "Hengelo", product);
        assertThat(mvc.get().uri("/toewijzing/verzoeken/" + id).with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains("Demo Jeugdhulp (99000001)", "Enschede (0153)", product);
    }

    @Test
    void toewijzingPageWritesPeriodsAndMomentsInDutch() {
        ToegewezenProduct t = toewijzingIn(ENSCHEDE);

        assertThat(mvc.get().uri("/toewijzing/0153/" + t.nummer()).with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains("02-03-2026 t/m 31-12-2026", "02-03-2026 10:00")
                .doesNotContain("2026-03-02", "2026-12-31");
    }
}
