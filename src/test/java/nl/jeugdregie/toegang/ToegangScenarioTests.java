package nl.jeugdregie.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.transform.stream.StreamSource;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.berichtenverkeer.Berichtenketen;
import nl.jeugdregie.ijw.Specificatie;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.inkoop.WachttijdService;
import nl.jeugdregie.inkoop.Wachttijdbron;
import nl.jeugdregie.inkoop.Wachttijdgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Testbsn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route through the front door, through the API as a toegang worker of Enschede would go: register the jeugdige
 * and the household, the hulpvraag, the triage, the advice with waiting times, the besluit with its beschikking PDF and
 * the JW301; a huisarts's JW315 arriving as a hulpvraag; a GI maatregel that binds; the school's route; bad input
 * that stores nothing; and a file of another gemeente that does not exist for Hengelo.
 */
@JeugdregieTest
class ToegangScenarioTests {

    private static final RequestPostProcessor ENSCHEDE = Testgebruikers.als("toegang", "TOEGANG", "0153");
    private static final RequestPostProcessor HENGELO = Testgebruikers.als("toegang-hengelo", "TOEGANG", "0164");
    private static final RequestPostProcessor BACKOFFICE = Testgebruikers.als("backoffice", "BACKOFFICE");
    private static final RequestPostProcessor ANALIST = Testgebruikers.als("analist", "ANALIST");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PRODUCT = "45A48";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    WachttijdService wachttijden;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    AgbCode aanbieder;
    Bsn bsn;

    @BeforeEach
    void aanbiederMetContractEnWachttijd() {
        aanbieder = new AgbCode(
                "9936" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)));
        InkoopFixtures.aanbiederMetContract(
                aanbieders, contracten, aanbieder, "Zorg Dichtbij " + aanbieder.value(), PRODUCT, Bedrag.euro(90));
        wachttijden.registreer(
                new Wachttijdgegevens(
                        aanbieder,
                        PRODUCT,
                        "Ambulante gezinsbegeleiding",
                        "Enschede",
                        BigDecimal.ONE,
                        BigDecimal.valueOf(3),
                        4,
                        false,
                        null,
                        null,
                        LocalDate.of(2026, 2, 20)),
                Wachttijdbron.AANBIEDER);
        bsn = Testbsn.vanaf(200_000_000L + ThreadLocalRandom.current().nextLong(700_000_000L));
    }

    @Test
    void lokaalTeamIntakeEndsInABeschikkingPdfAndAValidJw301() throws Exception {
        String jeugdige = schrijfIn(bsn, "2013-05-01");
        assertThat(mvc.post()
                        .uri("/api/v1/jeugdigen/" + jeugdige + "/gezinsleden")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"relatie": "moeder", "naam": "Petra de Vries", "gezag": true, "woontInHuis": true}""")
                        .with(ENSCHEDE))
                .hasStatus(201);
        String hulpvraag = hulpvraag(
                jeugdige, "lokaal-team", ", \"toestemming\": true, \"toestemmingDoor\": \"Petra de Vries en Sanne\"");

        JsonNode advies = json(mvc.put()
                .uri("/api/v1/hulpvragen/" + hulpvraag + "/triage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(triage(2, 3, "\"thuisVeilig\": true"))
                .with(ENSCHEDE)
                .exchange());
        assertThat(advies.get("trede").asString()).isEqualTo("ambulant");
        assertThat(advies.get("redenen").toString()).contains("ernstige zorgen in ontwikkeling");
        assertThat(advies.get("principe").asString()).contains("Zo licht als kan");
        JsonNode aanbod = advies.get("opties").get(0).get("aanbod");
        assertThat(aanbod.toString())
                .as("the contracted aanbieder with its waiting time and its date")
                .contains(aanbieder.value(), "\"wekenTotStart\":3", "2026-02-20");
        assertThat(advies.get("opties").get(1).get("trede").asString()).isEqualTo("daghulp");

        MvcTestResult besluit = mvc.post()
                .uri("/api/v1/hulpvragen/" + hulpvraag + "/besluit")
                .contentType(MediaType.APPLICATION_JSON)
                .content(besluit("ambulant", null))
                .with(ENSCHEDE)
                .exchange();
        assertThat(besluit).hasStatus(201);
        String locatie = besluit.getResponse().getHeader("Location");
        assertThat(locatie).contains("/api/v1/beschikkingen/");

        JsonNode beschikking = json(mvc.get().uri(locatie).with(ENSCHEDE).exchange());
        assertThat(beschikking.get("sha256").asString()).hasSize(64);
        MvcTestResult pdf = mvc.get()
                .uri(locatie)
                .accept(MediaType.APPLICATION_PDF)
                .with(ENSCHEDE)
                .exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        String tekst;
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(tekst)
                .contains("Sanne de Vries", "Petra de Vries", PRODUCT, "4 uur per week")
                .contains("Zorg Dichtbij " + aanbieder.value())
                .contains("zes weken", "bezwaar");

        JsonNode jw301 = json(mvc.get()
                .uri("/api/v1/berichten")
                .param("richting", "uit")
                .param("type", "JW301")
                .param("aanbieder", aanbieder.value())
                .with(BACKOFFICE)
                .exchange());
        assertThat(jw301.size()).isEqualTo(1);
        byte[] bericht = mvc.get()
                .uri("/api/v1/berichten/" + jw301.get(0).get("id").asString() + "/inhoud")
                .with(BACKOFFICE)
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        Specificatie.schema("jw301").newValidator().validate(new StreamSource(new ByteArrayInputStream(bericht)));
        assertThat(new String(bericht, java.nio.charset.StandardCharsets.UTF_8)).contains("<ijw:Achternaam>Vries<");

        String tijdlijn = mvc.get()
                .uri("/api/v1/jeugdigen/" + jeugdige + "/tijdlijn")
                .with(ENSCHEDE)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(tijdlijn)
                .contains("\"hulpvraag\"", "\"triage\"", "\"besluit\"", "\"beschikking\"", "\"toewijzing\"");
    }

    @Test
    void aHeavierChoiceThanAdvisedNeedsAReasonAndOneWithoutContractIsRefused() {
        String jeugdige = schrijfIn(bsn, "2015-02-01");
        gezag(jeugdige);
        String hulpvraag = hulpvraag(jeugdige, "zelf", ", \"toestemming\": true, \"toestemmingDoor\": \"ouders\"");
        JsonNode advies = json(mvc.put()
                .uri("/api/v1/hulpvragen/" + hulpvraag + "/triage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(triage(2, 1, "\"thuisVeilig\": true"))
                .with(ENSCHEDE)
                .exchange());
        assertThat(advies.get("trede").asString()).isEqualTo("voorliggend");

        assertThat(besluitMet(hulpvraag, besluit("ambulant", null)))
                .hasStatus(400)
                .bodyText()
                .contains("zwaardere hulp", "reden");
        assertThat(besluitMet(hulpvraag, besluit("daghulp", "Ambulant liep eerder vast")))
                .as("the step follows from the product, not from what the request claims")
                .hasStatus(400)
                .bodyText()
                .contains("hoort bij de trede ambulante jeugdhulp");
        assertThat(besluitMet(
                        hulpvraag, besluit("ambulant", "Eerder vastgelopen").replace(PRODUCT, "45A06")))
                .hasStatus(409)
                .bodyText()
                .contains("geen contract");
        assertThat(besluitMet(
                        hulpvraag,
                        besluit("ambulant", "Eerder vastgelopen")
                                .replace("\"motivering\": \"Passend bij de triage.\"", "\"motivering\": \" \"")))
                .hasStatus(400)
                .bodyText()
                .contains("motivering");
        assertThat(jdbc.sql("select count(*) from toegang.besluit where hulpvraag = cast(:id as uuid)")
                        .param("id", hulpvraag)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(besluitMet(hulpvraag, besluit("ambulant", "Het netwerk kan nu niet helpen")))
                .hasStatus(201);
        assertThat(jdbc.sql("select reden_zwaarder from toegang.besluit where hulpvraag = cast(:id as uuid)")
                        .param("id", hulpvraag)
                        .query(String.class)
                        .single())
                .isEqualTo("Het netwerk kan nu niet helpen");
    }

    private MvcTestResult besluitMet(String hulpvraag, String besluit) {
        return mvc.post()
                .uri("/api/v1/hulpvragen/" + hulpvraag + "/besluit")
                .contentType(MediaType.APPLICATION_JSON)
                .content(besluit)
                .with(ENSCHEDE)
                .exchange();
    }

    @Test
    void aHuisartsVerzoekOmToewijzingBecomesAHulpvraagOnTheFile() throws Exception {
        Berichtenketen keten = new Berichtenketen(
                context,
                aanbieder,
                new GemeenteCode("0153"),
                "HA" + ThreadLocalRandom.current().nextInt(100_000));
        keten.ontvang(keten.verzoekOmToewijzing(bsn, "HA-REF-1", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 8, 31)));
        keten.verwerk();

        JsonNode gevonden = json(mvc.post()
                .uri("/api/v1/jeugdigen/zoeken")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"bsn\": \"" + bsn.value() + "\"}")
                .with(ENSCHEDE)
                .exchange());
        String jeugdige = gevonden.get("jeugdigen").get(0).get("id").asString();
        String tijdlijn = mvc.get()
                .uri("/api/v1/jeugdigen/" + jeugdige + "/tijdlijn")
                .with(ENSCHEDE)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(tijdlijn).contains("Hulpvraag via huisarts", "HA-REF-1");
        JsonNode werkvoorraad =
                json(mvc.get().uri("/api/v1/hulpvragen").with(ENSCHEDE).exchange());
        String hulpvraag = null;
        for (JsonNode h : werkvoorraad) {
            if ("HA-REF-1".equals(h.get("verzoekReferentie").asString())
                    && jeugdige.equals(h.get("jeugdige").asString())) {
                hulpvraag = h.get("id").asString();
                assertThat(h.get("route").asString()).isEqualTo("huisarts");
                assertThat(h.get("toestemming").asBoolean()).isFalse();
            }
        }
        assertThat(hulpvraag).as("the verzoek as a hulpvraag in the work queue").isNotNull();

        // The gemeente completes the address (a JW315 carries none), the family consents afterwards, and the
        // gemeente's besluit answers the verzoek itself.
        assertThat(mvc.post()
                        .uri("/api/v1/jeugdigen")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(inschrijving(bsn.value(), "2013-05-01"))
                        .with(ENSCHEDE))
                .as("known to Enschede already: the data are updated")
                .hasStatusOk();
        gezag(jeugdige);
        assertThat(mvc.post()
                        .uri("/api/v1/hulpvragen/" + hulpvraag + "/toestemming")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"door\": \"beide ouders\"}")
                        .with(ENSCHEDE))
                .hasStatusOk()
                .bodyText()
                .contains("\"toestemming\":true");
        mvc.put()
                .uri("/api/v1/hulpvragen/" + hulpvraag + "/triage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(triage(2, 3, "\"thuisVeilig\": true"))
                .with(ENSCHEDE)
                .exchange();
        MvcTestResult besluit = besluitMet(hulpvraag, besluit("ambulant", null));
        assertThat(besluit.getResponse().getStatus())
                .as(besluit.getResponse().getContentAsString())
                .isEqualTo(201);
        JsonNode jw301 = json(mvc.get()
                .uri("/api/v1/berichten")
                .param("richting", "uit")
                .param("type", "JW301")
                .param("aanbieder", aanbieder.value())
                .with(BACKOFFICE)
                .exchange());
        assertThat(jw301.size()).isEqualTo(1);
        String bericht = mvc.get()
                .uri("/api/v1/berichten/" + jw301.get(0).get("id").asString() + "/inhoud")
                .with(BACKOFFICE)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(bericht).as("the toewijzing answers the huisarts's verzoek").contains("HA-REF-1");
        assertThat(mvc.get().uri("/api/v1/verzoeken").param("pageSize", "100").with(ENSCHEDE))
                .bodyText()
                .doesNotContain("HA-REF-1");
    }

    @Test
    void aMaatregelOfTheGiBindsTheGemeente() {
        String jeugdige = schrijfIn(bsn, "2012-09-09");
        gezag(jeugdige);
        assertThat(mvc.post()
                        .uri("/api/v1/hulpvragen")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(hulpvraagJson(jeugdige, "lokaal-team", ", \"maatregel\": \"ondertoezichtstelling\""))
                        .with(ENSCHEDE))
                .as("a maatregel comes from a GI or the rechter")
                .hasStatus(400);
        String hulpvraag = hulpvraag(
                jeugdige,
                "gecertificeerde-instelling",
                ", \"maatregel\": \"ondertoezichtstelling (OTS), uitspraak 1 maart 2026\"");
        assertThat(mvc.get().uri("/api/v1/hulpvragen/" + hulpvraag).with(ENSCHEDE))
                .bodyText()
                .contains("\"bindend\":true");
        mvc.put()
                .uri("/api/v1/hulpvragen/" + hulpvraag + "/triage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(triage(1, 1, "\"thuisVeilig\": true"))
                .with(ENSCHEDE)
                .exchange();
        assertThat(mvc.get().uri("/api/v1/hulpvragen/" + hulpvraag + "/advies").with(ENSCHEDE))
                .bodyText()
                .contains("maatregel", "moet hulp inzetten");
        assertThat(mvc.post()
                        .uri("/api/v1/hulpvragen/" + hulpvraag + "/besluit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"besluit\": \"afwijzen\", \"motivering\": \"Geen hulp nodig.\"}")
                        .with(ENSCHEDE))
                .hasStatus(409)
                .bodyText()
                .contains("afwijzen kan niet");
    }

    @Test
    void theSchoolsRouteWithLightConcernsIsAdvisedToStayWithTheLokaalTeam() {
        String jeugdige = schrijfIn(bsn, "2016-01-15");
        String hulpvraag = hulpvraag(jeugdige, "onderwijs", "");
        JsonNode advies = json(mvc.put()
                .uri("/api/v1/hulpvragen/" + hulpvraag + "/triage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(triage(1, 2, "\"thuisVeilig\": true"))
                .with(ENSCHEDE)
                .exchange());
        assertThat(advies.get("trede").asString()).isEqualTo("voorliggend");
        assertThat(advies.get("principe").asString()).contains("Kleine problemen klein");
        assertThat(advies.get("opties").get(1).get("trede").asString()).isEqualTo("ambulant");
        assertThat(advies.get("opties").get(1).get("aanbod").toString()).contains(aanbieder.value());
        assertThat(mvc.post()
                        .uri("/api/v1/hulpvragen")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(hulpvraagJson(jeugdige, "onderwijs", ""))
                        .with(ENSCHEDE))
                .as("a second open hulpvraag on the same route")
                .hasStatus(409);
    }

    @Test
    void badPersonDataAreRefusedInDutchAndNothingIsStored() {
        assertThat(mvc.post()
                        .uri("/api/v1/jeugdigen")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(inschrijving("123456789", "2013-05-01"))
                        .with(ENSCHEDE))
                .hasStatus(400)
                .bodyText()
                .contains("elfproef");
        assertThat(mvc.post()
                        .uri("/api/v1/jeugdigen")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(inschrijving(bsn.value(), "2027-01-01"))
                        .with(ENSCHEDE))
                .hasStatus(400)
                .bodyText()
                .contains("in de toekomst");
        assertThat(jdbc.sql("select count(*) from jeugdige.jeugdige where bsn = :bsn")
                        .param("bsn", bsn.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFileOfAnotherGemeenteDoesNotExistAndAnAnalistSeesNoFile() {
        String jeugdige = schrijfIn(bsn, "2013-05-01");
        String hulpvraag = hulpvraag(jeugdige, "jeugdarts", "");
        assertThat(mvc.get().uri("/api/v1/jeugdigen/" + jeugdige).with(HENGELO)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/jeugdigen/" + jeugdige + "/tijdlijn").with(HENGELO))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/hulpvragen/" + hulpvraag).with(HENGELO))
                .hasStatus(404);
        assertThat(mvc.post()
                        .uri("/api/v1/jeugdigen/zoeken")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\": \"" + bsn.value() + "\"}")
                        .with(HENGELO))
                .hasStatusOk()
                .bodyText()
                .contains("\"jeugdigen\":[]");
        assertThat(mvc.get().uri("/api/v1/jeugdigen/" + jeugdige).with(ANALIST)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/hulpvragen/" + hulpvraag).with(ANALIST))
                .hasStatus(403);
    }

    @Test
    void anotherGemeenteLearnsNothingOfAChildByTypingItsBsnAndAMoveKeepsEveryHistory() throws Exception {
        String jeugdige = schrijfIn(bsn, "2013-05-01");
        assertThat(
                        mvc.post()
                                .uri("/toewijzing/clienten")
                                .param("gemeente", "0164")
                                .param("bsn", bsn.value())
                                .with(HENGELO)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .bodyText()
                .as("the toewijzing page of Hengelo shows no data Enschede recorded")
                .doesNotContain("Sanne", "Oude Markt");

        MvcTestResult verhuisd = mvc.post()
                .uri("/api/v1/jeugdigen")
                .contentType(MediaType.APPLICATION_JSON)
                .content(inschrijving(bsn.value(), "2013-05-01").replace("\"0153\"", "\"0164\""))
                .with(HENGELO)
                .exchange();
        assertThat(verhuisd).hasStatus(201);
        assertThat(json(verhuisd).get("woonplaatsen").toString())
                .as("Hengelo does not learn that Enschede knew the child")
                .contains("0164")
                .doesNotContain("0153");
        assertThat(mvc.get().uri("/api/v1/jeugdigen/" + jeugdige).with(ENSCHEDE))
                .as("Enschede keeps its history and its file")
                .hasStatusOk()
                .bodyText()
                .contains("\"gemeente\":\"0153\"");
    }

    // --- helpers ---

    private String schrijfIn(Bsn wie, String geboortedatum) {
        MvcTestResult antwoord = mvc.post()
                .uri("/api/v1/jeugdigen")
                .contentType(MediaType.APPLICATION_JSON)
                .content(inschrijving(wie.value(), geboortedatum))
                .with(ENSCHEDE)
                .exchange();
        assertThat(antwoord).hasStatus(201);
        assertThat(antwoord.getResponse().getHeader("Location")).contains("/api/v1/jeugdigen/");
        return json(antwoord).get("id").asString();
    }

    private void gezag(String jeugdige) {
        mvc.post()
                .uri("/api/v1/jeugdigen/" + jeugdige + "/gezinsleden")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"relatie\": \"vader\", \"naam\": \"Kees de Vries\", \"gezag\": true}")
                .with(ENSCHEDE)
                .exchange();
    }

    private static String inschrijving(String bsn, String geboortedatum) {
        return """
                {"bsn": "%s", "voornamen": "Sanne", "achternaam": "Vries", "voorvoegsel": "de",
                 "geboortedatum": "%s", "geslacht": "2", "gemeente": "0153",
                 "adres": {"straat": "Oude Markt", "huisnummer": 1, "postcode": "7511AA", "plaats": "Enschede"}}""".formatted(bsn, geboortedatum);
    }

    private String hulpvraag(String jeugdige, String route, String extra) {
        MvcTestResult antwoord = mvc.post()
                .uri("/api/v1/hulpvragen")
                .contentType(MediaType.APPLICATION_JSON)
                .content(hulpvraagJson(jeugdige, route, extra))
                .with(ENSCHEDE)
                .exchange();
        assertThat(antwoord).hasStatus(201);
        return json(antwoord).get("id").asString();
    }

    private static String hulpvraagJson(String jeugdige, String route, String extra) {
        return """
                {"jeugdige": "%s", "route": "%s", "omschrijving": "Zorgen over gedrag thuis en op school",
                 "urgentie": "normaal"%s}""".formatted(jeugdige, route, extra);
    }

    /** A triage with {@code ontwikkeling} at {@code ontwikkeling}, {@code opvoeding} at {@code opvoeding}, the rest 1. */
    private static String triage(int opvoeding, int ontwikkeling, String veiligheid) {
        return """
                {"domeinen": {
                   "opvoeding": {"ernst": %d, "zorgen": "Grenzen stellen lukt niet"},
                   "ontwikkeling": {"ernst": %d, "zorgen": "Achterstand taal"},
                   "gezondheid": {"ernst": 1}, "school": {"ernst": 1, "krachten": "Gaat graag naar school"},
                   "veiligheid": {"ernst": 0}, "netwerk": {"ernst": 1, "krachten": "Oma helpt"},
                   "financien": {"ernst": 1}, "wonen": {"ernst": 0}},
                 "veiligheid": {"zorgenOverVeiligheid": false, "meldcodeDoorlopen": false, %s},
                 "urgentie": "normaal",
                 "deelnemers": [{"rol": "jeugdige", "naam": "Sanne", "inbreng": "Ik wil dat het thuis rustiger wordt"},
                                {"rol": "ouder", "naam": "Petra de Vries", "inbreng": "Hulp bij opvoeden"}],
                 "wensJeugdige": "Minder ruzie thuis"}""".formatted(opvoeding, ontwikkeling, veiligheid);
    }

    private String besluit(String trede, String redenZwaarder) {
        return """
                {"besluit": "toekennen", "product": "%s", "aanbieder": "%s",
                 "ingangsdatum": "2026-03-09", "einddatum": "2026-08-31",
                 "omvang": {"volume": 4, "eenheid": "04", "frequentie": "2"},
                 "trede": "%s", %s "motivering": "Passend bij de triage."}""".formatted(
                        PRODUCT,
                        aanbieder.value(),
                        trede,
                        redenZwaarder == null ? "" : "\"redenZwaarder\": \"" + redenZwaarder + "\",");
    }

    private static JsonNode json(MvcTestResult antwoord) {
        try {
            return JSON.readTree(antwoord.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
