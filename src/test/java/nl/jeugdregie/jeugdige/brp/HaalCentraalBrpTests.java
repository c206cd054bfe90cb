package nl.jeugdregie.jeugdige.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.jeugdige.brp.BrpPersoon.Adres;
import nl.jeugdregie.jeugdige.brp.BrpPersoon.Gezagdrager;
import nl.jeugdregie.jeugdige.brp.BrpPersoon.Ouder;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Datumgebruik;
import nl.jeugdregie.kern.codelijst.Geslacht;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The client against a stub that checks each request the way the BRP Personen bevragen 2.x contract defines it and
 * answers with bodies shaped like the contract's examples (test resources under {@code brp/}).
 */
class HaalCentraalBrpTests {

    private static final String SLEUTEL = "proef-sleutel-123";
    private static final Bsn SANNE = new Bsn("999998894");

    private final StubBrp brp = new StubBrp();
    private final HaalCentraalBrp client = new HaalCentraalBrp(brp.url(), SLEUTEL);

    @AfterEach
    void stopt() {
        brp.close();
    }

    @Test
    void raadpleegtWithBsnAndOnlyTheFieldsAJeugdigeNeeds() {
        brp.antwoordt("raadpleeg-volledig.json");

        client.raadpleeg(SANNE);

        StubBrp.Verzoek verzoek = brp.enigVerzoek();
        assertThat(verzoek.methode()).isEqualTo("POST");
        assertThat(verzoek.pad()).isEqualTo(StubBrp.BASISPAD + "/personen");
        assertThat(verzoek.apiSleutel()).isEqualTo(SLEUTEL);
        assertThat(verzoek.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(verzoek.accept()).isEqualTo("application/json; charset=utf-8");
        JsonNode lichaam = verzoek.lichaam();
        assertThat(namen(lichaam)).containsExactlyInAnyOrder("type", "burgerservicenummer", "fields");
        assertThat(lichaam.path("type").stringValue()).isEqualTo("RaadpleegMetBurgerservicenummer");
        assertThat(lichaam.path("burgerservicenummer").isArray()).isTrue();
        assertThat(teksten(lichaam.path("burgerservicenummer"))).containsExactly("999998894");
        List<String> velden = teksten(lichaam.path("fields"));
        assertThat(velden)
                .containsExactlyElementsOf(HaalCentraalBrp.VELDEN_RAADPLEGEN)
                .contains(
                        "geboorte.datum",
                        "geslacht",
                        "verblijfplaats.verblijfadres.korteStraatnaam",
                        "gemeenteVanInschrijving",
                        "ouders.burgerservicenummer",
                        "gezag")
                .allMatch(veld -> veld.matches("^[a-zA-Z0-9\\._]{1,200}$"))
                .hasSizeLessThanOrEqualTo(130);
    }

    @Test
    void readsAFullPersonWithAddressOudersAndGezag() {
        brp.antwoordt("raadpleeg-volledig.json");

        BrpPersoon sanne = client.raadpleeg(SANNE).orElseThrow();

        assertThat(sanne.bsn()).isEqualTo(SANNE);
        assertThat(sanne.voornamen()).isEqualTo("Sanne Maria");
        assertThat(sanne.voorvoegsel()).isEqualTo("van der");
        assertThat(sanne.geslachtsnaam()).isEqualTo("Berg");
        assertThat(sanne.voorletters()).isEqualTo("S.M.");
        assertThat(sanne.geboortedatum()).isEqualTo(LocalDate.of(2014, 3, 7));
        assertThat(sanne.datumgebruik()).isNull();
        assertThat(sanne.geslacht()).isEqualTo(Geslacht.VROUWELIJK);
        assertThat(sanne.adres()).isEqualTo(new Adres("Ln vd l D-Westervoort", 26, "a", "3", "6921GV", "Duiven"));
        assertThat(sanne.gemeenteVanInschrijving()).isEqualTo(new GemeenteCode("0226"));
        Bsn petra = new Bsn("999998870");
        Bsn kees = new Bsn("999998882");
        assertThat(sanne.ouders())
                .containsExactly(
                        new Ouder(petra, "Petra", null, "Jansen", Geslacht.VROUWELIJK),
                        new Ouder(kees, "Kees", "van der", "Berg", Geslacht.MANNELIJK));
        assertThat(sanne.gezag())
                .as("the name the BRP gives, else the name of the ouder with that BSN")
                .containsExactly(new Gezagdrager(petra, "Petra Jansen"), new Gezagdrager(kees, "Kees van der Berg"));
    }

    @Test
    void readsAPartlyUnknownBirthDateAsIjwDatumgebruik() {
        brp.antwoordt("raadpleeg-geboortedatum-deels-onbekend.json");

        BrpPersoon yusuf = client.raadpleeg(new Bsn("999993653")).orElseThrow();

        assertThat(yusuf.geboortedatum()).isEqualTo(LocalDate.of(2012, 7, 1));
        assertThat(yusuf.datumgebruik()).isEqualTo(Datumgebruik.DAG_ONBEKEND);
        assertThat(yusuf.geslacht()).isEqualTo(Geslacht.MANNELIJK);
        assertThat(yusuf.adres())
                .as("a verblijfplaats abroad is no Dutch address")
                .isNull();
        assertThat(yusuf.gemeenteVanInschrijving()).isEqualTo(new GemeenteCode("1999"));
        assertThat(yusuf.gezag()).as("gezag niet te bepalen names no one").isEmpty();
        assertThat(yusuf.ouders()).isEmpty();
    }

    @Test
    void findsNoOneForABsnTheBrpDoesNotKnow() {
        brp.antwoordt("raadpleeg-niet-gevonden.json");

        Optional<BrpPersoon> gevonden = client.raadpleeg(SANNE);

        assertThat(gevonden).isEmpty();
        assertThat(brp.verzoeken()).hasSize(1);
    }

    @Test
    void searchesWithGeslachtsnaamGeboortedatumAndVoornamen() {
        brp.antwoordt("zoek-twee-personen.json");

        List<BrpPersoon> gevonden = client.zoek(" Maassen ", LocalDate.of(2013, 5, 26), "Jan*");

        JsonNode lichaam = brp.enigVerzoek().lichaam();
        assertThat(brp.enigVerzoek().pad()).isEqualTo(StubBrp.BASISPAD + "/personen");
        assertThat(brp.enigVerzoek().apiSleutel()).isEqualTo(SLEUTEL);
        assertThat(namen(lichaam))
                .containsExactlyInAnyOrder("type", "geslachtsnaam", "geboortedatum", "voornamen", "fields");
        assertThat(lichaam.path("type").stringValue()).isEqualTo("ZoekMetGeslachtsnaamEnGeboortedatum");
        assertThat(lichaam.path("geslachtsnaam").stringValue()).isEqualTo("Maassen");
        assertThat(lichaam.path("geboortedatum").stringValue()).isEqualTo("2013-05-26");
        assertThat(lichaam.path("voornamen").stringValue()).isEqualTo("Jan*");
        assertThat(teksten(lichaam.path("fields"))).containsExactlyElementsOf(HaalCentraalBrp.VELDEN_ZOEKEN);
        assertThat(gevonden)
                .extracting(BrpPersoon::bsn, BrpPersoon::voornamen, BrpPersoon::voorvoegsel, BrpPersoon::geslacht)
                .containsExactly(
                        tuple(new Bsn("999993604"), "Pieter", null, Geslacht.MANNELIJK),
                        tuple(new Bsn("999993616"), "Jan Peter", "van", Geslacht.ONBEKEND));
        assertThat(gevonden).allSatisfy(persoon -> {
            assertThat(persoon.geboortedatum()).isEqualTo(LocalDate.of(2013, 5, 26));
            assertThat(persoon.adres()).isNull();
            assertThat(persoon.gezag()).isEmpty();
        });
    }

    @Test
    void searchesWithoutVoornamenWhenNoneAreGiven() {
        brp.antwoordt("zoek-twee-personen.json");

        client.zoek("Maassen", LocalDate.of(2013, 5, 26), " ");

        assertThat(namen(brp.enigVerzoek().lichaam()))
                .containsExactlyInAnyOrder("type", "geslachtsnaam", "geboortedatum", "fields");
    }

    @Test
    void reportsARefusedQuestionWithTheProblemInDutchContext() {
        brp.probleem(400, "probleem-400.json");

        assertThatThrownBy(() -> client.raadpleeg(SANNE))
                .isInstanceOfSatisfying(BrpVraagGeweigerd.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("paramsValidation");
                })
                .hasMessage("De BRP weigerde de vraag: Een of meerdere parameters zijn niet correct."
                        + " De foutieve parameter(s) zijn: fields[0]."
                        + " (fields[0]: Parameter bevat een niet bestaande veldnaam.)");
    }

    @Test
    void reportsAnUnavailableBrpOn503() {
        brp.probleem(503, "probleem-503.json");

        assertThatThrownBy(() -> client.raadpleeg(SANNE))
                .isInstanceOf(BrpNietBeschikbaar.class)
                .hasMessageStartingWith(
                        "De BRP is niet beschikbaar (HTTP 503): Bronservice BRP is tijdelijk niet beschikbaar.");
    }

    @Test
    void reportsAnUnavailableBrpWhenAGatewayAnswersWithoutProblem() {
        brp.antwoordt(502, "text/html", "<html><body>Bad Gateway</body></html>");

        assertThatThrownBy(() -> client.zoek("Maassen", LocalDate.of(2013, 5, 26), null))
                .isInstanceOf(BrpNietBeschikbaar.class)
                .hasMessage("De BRP is niet beschikbaar (HTTP 502).");
    }

    @Test
    void reportsAnUnavailableBrpWhenItDoesNotAnswerInTime() {
        brp.hangt();
        HaalCentraalBrp ongeduldig =
                new HaalCentraalBrp(brp.url(), SLEUTEL, Duration.ofSeconds(2), Duration.ofMillis(300));

        assertThatThrownBy(() -> ongeduldig.raadpleeg(SANNE))
                .isInstanceOf(BrpNietBeschikbaar.class)
                .hasMessage("De BRP is niet bereikbaar: geen antwoord binnen de wachttijd.");
    }

    @Test
    void reportsAnUnavailableBrpWhenTheConnectionIsRefused() throws IOException {
        int vrijePoort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            vrijePoort = socket.getLocalPort();
        }
        HaalCentraalBrp nergens = new HaalCentraalBrp("http://localhost:" + vrijePoort + "/brp", SLEUTEL);

        assertThatThrownBy(() -> nergens.raadpleeg(SANNE))
                .isInstanceOf(BrpNietBeschikbaar.class)
                .hasMessage("De BRP is niet bereikbaar: geen verbinding.");
    }

    @Test
    void sendsNoApiKeyWhenNoneIsConfigured() {
        brp.antwoordt("raadpleeg-niet-gevonden.json");

        new HaalCentraalBrp(brp.url() + "/", "").raadpleeg(SANNE);

        assertThat(brp.enigVerzoek().apiSleutel()).isNull();
        assertThat(brp.enigVerzoek().pad()).as("a trailing slash in the URL").isEqualTo(StubBrp.BASISPAD + "/personen");
    }

    @Test
    void rejectsAUrlThatIsNoHttpAddress() {
        assertThatThrownBy(() -> new HaalCentraalBrp("proefomgeving.haalcentraal.nl", SLEUTEL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("jeugdregie.brp.url moet een volledig http- of https-adres zijn");
    }

    private static List<String> namen(JsonNode object) {
        List<String> namen = new ArrayList<>();
        object.properties().forEach(eigenschap -> namen.add(eigenschap.getKey()));
        return namen;
    }

    private static List<String> teksten(JsonNode lijst) {
        return lijst.values().stream().map(JsonNode::stringValue).toList();
    }
}
