package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.berichtenverkeer.Berichtenketen;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.Contractgegevens;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.Testbsn;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.toewijzing.VerzoekService;
import nl.jeugdregie.toewijzing.Werkitem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a user sees when input is wrong in form, type or plausibility: the form again with the input kept and a Dutch
 * reason at the field, a 400 naming the field in the API, and nothing stored.
 */
@JeugdregieTest
class InvoergrenzenTests {

    private static final RequestPostProcessor INKOOP = Testgebruikers.metRol("INKOOP");
    private static final RequestPostProcessor TOEGANG = Testgebruikers.als("toegang", "TOEGANG", "0153");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    ApplicationContext context;

    @Test
    void textInANumberFieldShowsTheFormAgainWithTheInputAndADutchReason() {
        assertThat(mvc.post()
                        .uri("/wachttijden/nieuw")
                        .with(INKOOP)
                        .with(csrf())
                        .param("agb", InkoopFixtures.DEMO.value())
                        .param("productcode", "45A48")
                        .param("wekenTotIntake", "drie")
                        .param("bevestigdOp", "2026-02-30"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Controleer de invoer",
                        "Vul een getal in, met een komma of punt voor de decimalen.",
                        "Dit is geen bestaande datum",
                        "value=\"99000001\"",
                        "value=\"45A48\"")
                .doesNotContain("Failed to convert");
    }

    @Test
    void aControlCharacterInAnyParameterIsA400NamingTheField() {
        assertThat(mvc.get()
                        .uri("/inkoop/aanbieders")
                        .param("zoek", "Jan\u0000sen")
                        .with(INKOOP))
                .hasStatus(400);
        assertThat(mvc.get()
                        .uri("/api/v1/aanbieders")
                        .param("naam", "Jan\u0000sen")
                        .with(INKOOP))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.invalidParams[0].name")
                .isEqualTo("naam");
    }

    @Test
    void aControlCharacterInAJsonFieldIsA400NamingTheField() {
        assertThat(mvc.post()
                        .uri("/api/v1/aanbieders/" + InkoopFixtures.DEMO + "/contactpersonen")
                        .with(INKOOP)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"naam\":\"Jan\\u0000sen\",\"email\":\"jan@voorbeeld.nl\"}"))
                .hasStatus(400)
                .bodyJson()
                .satisfies(json -> assertThat(json.getJson())
                        .contains("\"name\":\"naam\"", "stuurteken")
                        .doesNotContain("Exception"));
    }

    @Test
    void anAddressThatCannotExistIsNotFoundAndAPageOutsideTheRoleIsRefused() {
        assertThat(mvc.get().uri("/declaraties/nieuw").with(TOEGANG))
                .hasStatus(404)
                .bodyText()
                .contains("bestaan niet");
        assertThat(mvc.get().uri("/toewijzing/0153/abc").with(TOEGANG)).hasStatus(404);
        assertThat(mvc.get().uri("/declaraties").with(TOEGANG)).hasStatus(403);
    }

    @Test
    void aMissingParameterInTheApiIsExplainedInDutch() {
        assertThat(mvc.get().uri("/api/v1/contracten/tarieven").with(INKOOP))
                .hasStatus(400)
                .bodyText()
                .contains("Verplicht veld ontbreekt")
                .doesNotContain("Required");
    }

    @Test
    void implausibleContractsAndTariffsAreRefusedWithTheirReason() {
        AgbCode agb = new AgbCode("9931" + String.format("%04d", System.nanoTime() % 10_000));
        long contract = InkoopFixtures.aanbiederMetContract(
                aanbieders, contracten, agb, "Plausibel BV", "45A48", Bedrag.euro(80));

        assertThatThrownBy(() -> contracten.voegToe(new Contractgegevens(
                        "OUD-" + agb, agb, "Ambulant", Periode.vanaf(LocalDate.of(-999_999_999, 1, 1)), null)))
                .isInstanceOf(OngeldigeInvoer.class)
                .satisfies(e -> assertThat(
                                ((OngeldigeInvoer) e).parameters().get(0).name())
                        .isEqualTo("looptijd"));
        assertThatThrownBy(() -> contracten.voegTariefToe(
                        contract,
                        "45A48",
                        Bedrag.euro(1_000_000),
                        Periode.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))))
                .isInstanceOf(OngeldigeInvoer.class)
                .hasMessageContaining("1 veld");
    }

    @Test
    void aBirthDateOrNameThatCannotBeTrueIsRefused() {
        assertThatThrownBy(() -> client(LocalDate.of(9999, 12, 31), "Jansen")).isInstanceOf(OngeldigeWaarde.class);
        assertThatThrownBy(() -> client(LocalDate.of(0, 1, 1), "Jansen")).isInstanceOf(OngeldigeWaarde.class);
        assertThatThrownBy(() -> client(LocalDate.of(2014, 5, 4), "Jan\u001bsen"))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("stuurteken");
        assertThat(client(LocalDate.of(2014, 5, 4), "Jansen").achternaam()).isEqualTo("Jansen");
    }

    @Test
    void aWebsiteThatIsNoHttpAddressIsRefused() {
        String agb = "9933" + String.format("%04d", System.nanoTime() % 10_000);
        assertThat(mvc.post()
                        .uri("/api/v1/aanbieders")
                        .with(INKOOP)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agb\":\"" + agb + "\",\"naam\":\"Script BV\",\"relatie\":\"REGULIER\","
                                + "\"website\":\"javascript:alert(1)\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("website", "https://");
        assertThat(aanbieders.aanbieder(new AgbCode(agb))).isEmpty();
    }

    @Test
    void aToewijzingIsCheckedAgainstTheInkoopBeforeItIsGiven() throws Exception {
        AgbCode metContract = new AgbCode("9932" + String.format("%04d", System.nanoTime() % 10_000));
        InkoopFixtures.aanbiederMetContract(
                aanbieders, contracten, metContract, "Contract tot eind 2026", "45A48", Bedrag.euro(80));

        assertThat(nieuweToewijzing("12345678", "45A48", "2026-12-31"))
                .contains("AGB-code 12345678 staat niet in het aanbiedersregister van de regio.");
        assertThat(nieuweToewijzing(metContract.value(), "45A53", "2026-12-31"))
                .contains("heeft op 02-03-2026 geen contract met een tarief voor", "(45A53).");
        assertThat(nieuweToewijzing(metContract.value(), "<b>", "2026-12-31")).contains("geen contract met een tarief");
        assertThat(nieuweToewijzing(metContract.value(), "45A48", "2027-06-30"))
                .contains("heeft op 30-06-2027 geen tarief meer voor", "(45A48); kies een einddatum");
    }

    @Test
    void aVerzoekForAProductOutsideTheContractIsFlaggedWhereTheGemeenteDecides() {
        AgbCode agb = new AgbCode("9934" + String.format("%04d", System.nanoTime() % 10_000));
        InkoopFixtures.aanbiederMetContract(aanbieders, contracten, agb, "Ander product BV", "45A53", Bedrag.euro(90));
        Bsn jeugdige = Testbsn.vanaf(400_000_000L + ThreadLocalRandom.current().nextLong(500_000_000L));
        Berichtenketen keten = new Berichtenketen(context, agb, new GemeenteCode("0153"), "IG" + agb.value());
        keten.ontvang(keten.verzoekOmToewijzing(
                jeugdige, "V-" + agb.value(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 8, 31)));
        keten.verwerk();
        Werkitem item = verzoeken.werkvoorraad(Set.of(new GemeenteCode("0153"))).stream()
                .filter(w -> w.client().equals(jeugdige))
                .findFirst()
                .orElseThrow();

        assertThat(mvc.get().uri("/toewijzing/verzoeken/" + item.id()).with(TOEGANG))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "de inkoop dekt dit verzoek niet",
                        "Ander product BV (" + agb + ") heeft op 02-03-2026 geen contract met een tarief voor",
                        "(45A48).");
    }

    private String nieuweToewijzing(String agb, String product, String einddatum) throws Exception {
        return mvc.post()
                .uri("/toewijzing/nieuw")
                .with(TOEGANG)
                .with(csrf())
                .param("gemeente", "0153")
                .param(
                        "bsn",
                        Testbsn.vanaf(400_000_000L
                                        + java.util.concurrent.ThreadLocalRandom.current()
                                                .nextLong(500_000_000L))
                                .value())
                .param("aanbieder", agb)
                .param("productcategorie", "45")
                .param("productcode", product)
                .param("ingangsdatum", "2026-03-02")
                .param("einddatum", einddatum)
                .param("volume", "10")
                .param("eenheid", "04")
                .param("frequentie", "2")
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Persoonsgegevens client(LocalDate geboren, String achternaam) {
        return new Persoonsgegevens(
                geboren,
                null,
                Geslacht.vanCode("2"),
                achternaam,
                null,
                null,
                null,
                "Lotte",
                null,
                null,
                new Persoonsgegevens.Adres("Oude Markt", 3, null, null, "7511GA", "Enschede"));
    }
}
