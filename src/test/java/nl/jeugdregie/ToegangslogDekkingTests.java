package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.jeugdregie.berichtenverkeer.Berichtenketen;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.jeugdige.Jeugdige;
import nl.jeugdregie.jeugdige.Jeugdigenregister;
import nl.jeugdregie.jeugdige.Persoonsgegevens;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.Testbsn;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.portaal.Conceptdeclaraties;
import nl.jeugdregie.portaal.PortaalFixtures;
import nl.jeugdregie.portaal.Verzoekmeldingen;
import nl.jeugdregie.portaal.Wijzigingsverzoek;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Pseudonimisering;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toegangslog.Zoekvraag;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import nl.jeugdregie.toewijzing.VerzoekService;
import nl.jeugdregie.toewijzing.Werkitem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The toegangslog (NEN 7513) is complete: every endpoint of the application, page or API, is listed here, either
 * with a scenario that reads or changes a jeugdige's data through it and must leave a new entry for that jeugdige,
 * or with the reason it touches no personal data. An endpoint that is added without being listed here fails the
 * build, so whoever adds it decides, and proves, how it is logged.
 */
@JeugdregieTest
class ToegangslogDekkingTests {

    private static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    private static final String PRODUCT = "45A48";
    private static final LocalDate INGANG = LocalDate.of(2026, 2, 1);
    private static final LocalDate EIND = LocalDate.of(2026, 12, 31);
    private static final RequestPostProcessor TOEGANG = Testgebruikers.als("toegang", "TOEGANG", "0153");
    private static final RequestPostProcessor BACKOFFICE = Testgebruikers.als("backoffice", "BACKOFFICE");

    private static final String INKOOP = "inkoop: aanbieders, contracten, producten en tarieven, geen jeugdigen";
    private static final String PRODUCT_EN_JEUGDZORGVORM =
            "een product uit de catalogus, zijn jeugdzorgvorm en wie die wijzigde, geen jeugdigen";
    private static final String WACHTTIJDEN = "wachttijden en capaciteit per aanbieder en product, geen jeugdigen";
    private static final String IMPORT = "een import van producten of wachttijden en zijn rapport, geen jeugdigen";
    private static final String REGIO = "gemeenten, jeugdregio's en lidmaatschappen, geen jeugdigen";
    private static final String BEVOLKING =
            "inwonertallen per gemeente en leeftijd (CBS) en het inlezen daarvan: tellingen, geen persoonsgegevens";
    private static final String GEBRUIKERS = "gebruikers van het platform en hun rollen, geen jeugdigen";
    private static final String EIGEN_ACCOUNT = "de ingelogde gebruiker zelf, geen jeugdigen";
    private static final String LOG = "de toegangslog zelf: pseudoniemen, het controlemiddel van de beheerder";
    private static final String METAGEGEVENS =
            "gegevens over berichten (type, afzender, status, bevindingen), niet hun inhoud of jeugdigen";
    private static final String MARKERING = "verandert alleen de status van een uitgaand bericht; toont geen inhoud";
    private static final String VALIDATOR =
            "controleert een bestand van de gebruiker zelf in het geheugen; het platform geeft niets prijs en bewaart"
                    + " niets";
    private static final String DECLARATIELIJST =
            "declaraties met aantallen en bedragen per aanbieder en gemeente, zonder jeugdigen";
    private static final String WACHTENDE_TOEWIJZINGEN =
            "zoekformulier en toewijzingen die op cliëntgegevens wachten, op nummer, zonder jeugdige";
    private static final String LEEG_FORMULIER = "een leeg formulier";
    private static final String ALGEMEEN = "startpagina, inloggen, foutpagina of OpenAPI-document";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Toegangslog toegangslog;

    @Autowired
    Pseudonimisering pseudonimisering;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Jeugdigenregister register;

    /** What one request must leave in the log: an entry of {@code actie} by {@code gebruiker} for the jeugdige. */
    record Verwachting(Bsn jeugdige, String gebruiker, Actie actie, Supplier<MvcTestResult> verzoek) {}

    /** Prepares the data a request needs and answers the request with what it must log. */
    @FunctionalInterface
    interface Scenario {
        Verwachting bereidVoor();
    }

    /** Either a scenario that must leave an entry, or the reason the endpoint touches no personal data. */
    record Dekking(Scenario scenario, String reden) {
        static Dekking gelogd(Scenario scenario) {
            return new Dekking(scenario, null);
        }

        static Dekking geen(String reden) {
            return new Dekking(null, reden);
        }
    }

    @Test
    void everyEndpointIsListedWithItsLoggingOrWhyItNeedsNone() {
        Set<String> endpoints = endpoints();
        Map<String, Dekking> dekking = dekking();

        assertThat(new TreeSet<>(endpoints))
                .as("endpoints zonder regel in ToegangslogDekkingTests: leg vast hoe ze loggen of waarom niet")
                .isSubsetOf(dekking.keySet());
        assertThat(new TreeSet<>(dekking.keySet()))
                .as("regels in ToegangslogDekkingTests voor endpoints die niet (meer) bestaan")
                .isSubsetOf(endpoints);
        dekking.forEach(
                (endpoint, d) -> assertThat(d.scenario() != null || !d.reden().isBlank())
                        .as(endpoint)
                        .isTrue());
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointWithPersonalDataLeavesAnEntryForTheJeugdige() {
        return dekking().entrySet().stream()
                .filter(e -> e.getValue().scenario() != null)
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    Verwachting verwachting = e.getValue().scenario().bereidVoor();
                    long voor = aantal(verwachting);
                    MvcTestResult resultaat = verwachting.verzoek().get();
                    assertThat(resultaat.getResponse().getStatus())
                            .as("%s moet slagen", e.getKey())
                            .isLessThan(400);
                    assertThat(aantal(verwachting))
                            .as("%s laat een %s door %s na", e.getKey(), verwachting.actie(), verwachting.gebruiker())
                            .isGreaterThan(voor);
                }));
    }

    private Set<String> endpoints() {
        return Handlermappings.vanDeApplicatie(mappings).keySet().stream()
                .flatMap(ToegangslogDekkingTests::sleutels)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<String> sleutels(RequestMappingInfo info) {
        Set<String> methoden = info.getMethodsCondition().getMethods().stream()
                .map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        if (methoden.isEmpty()) {
            methoden = Set.of("*");
        }
        Set<String> paden = info.getPatternValues();
        return methoden.stream().flatMap(m -> paden.stream().map(p -> m + " " + p));
    }

    private long aantal(Verwachting verwachting) {
        return toegangslog
                .zoek(
                        new Zoekvraag(
                                verwachting.gebruiker(),
                                null,
                                null,
                                verwachting.actie(),
                                pseudonimisering.pseudoniem(verwachting.jeugdige())),
                        new Paginering(1, 1))
                .totaal();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The table: every endpoint of the application.

    private Map<String, Dekking> dekking() {
        Map<String, Dekking> d = new LinkedHashMap<>();
        toewijzing(d);
        verzoeken(d);
        declaraties(d);
        berichten(d);
        jeugdigen(d);
        toegang(d);
        toegangspaginas(d);
        zonderPersoonsgegevens(d);
        sturing(d);
        financien(d);
        betaling(d);
        portaal(d);
        declaratieconcepten(d);
        verzoekenInHetPortaal(d);
        prestatieuploads(d);
        geen(
                d,
                GEBRUIKERS,
                "GET /organisatie/collegas",
                "POST /organisatie/collegas",
                "POST /organisatie/collegas/{naam}/toegang");
        return d;
    }

    private void toewijzing(Map<String, Dekking> d) {
        d.put("GET /toewijzing/clienten", Dekking.geen(WACHTENDE_TOEWIJZINGEN));
        d.put(
                "POST /toewijzing/clienten",
                toegangOp(
                        Actie.RAADPLEGEN,
                        t -> mvc.post()
                                .uri("/toewijzing/clienten")
                                .param("gemeente", "0153")
                                .param("bsn", t.client().value())));
        d.put(
                "POST /toewijzing/clienten/gegevens",
                toegangOp(
                        Actie.WIJZIGEN,
                        t -> mvc.post()
                                .uri("/toewijzing/clienten/gegevens")
                                .param("gemeente", "0153")
                                .param("bsn", t.client().value())
                                .param("achternaam", "Bakker")
                                .param("voornamen", "Lotte")
                                .param("geboortedatum", "2013-05-04")
                                .param("geslacht", "2")
                                .param("naamgebruik", "1")
                                .param("postcode", "7511GA")
                                .param("huisnummer", "3")
                                .param("straatnaam", "Oude Markt")
                                .param("plaatsnaam", "Enschede")));
        d.put(
                "GET /toewijzing/{gemeente}/{nummer}",
                toegangOp(Actie.RAADPLEGEN, t -> mvc.get().uri(adres(t))));
        d.put(
                "GET /toewijzing/{gemeente}/{nummer}/jeugdige",
                toegangOp(Actie.RAADPLEGEN, t -> mvc.get().uri(adres(t) + "/jeugdige")));
        d.put(
                "POST /toewijzing/{gemeente}/{nummer}/einddatum",
                toegangOp(
                        Actie.WIJZIGEN,
                        t -> mvc.post()
                                .uri(adres(t) + "/einddatum")
                                .param("einddatum", "2026-06-30")
                                .param("reden", "05")));
        d.put(
                "POST /toewijzing/{gemeente}/{nummer}/verwijderen",
                toegangOp(Actie.WIJZIGEN, t -> mvc.post().uri(adres(t) + "/verwijderen")));
        d.put(
                "GET /api/v1/toewijzingen/{gemeente}/{nummer}",
                toegangOp(Actie.RAADPLEGEN, t -> mvc.get().uri(apiAdres(t))));
        d.put(
                "POST /api/v1/toewijzingen/{gemeente}/{nummer}/verlenging",
                toegangOp(
                        Actie.WIJZIGEN,
                        t -> mvc.post()
                                .uri(apiAdres(t) + "/verlenging")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"einddatum\": \"2027-03-31\"}")));
        d.put(
                "POST /api/v1/toewijzingen/{gemeente}/{nummer}/verkorting",
                toegangOp(
                        Actie.WIJZIGEN,
                        t -> mvc.post()
                                .uri(apiAdres(t) + "/verkorting")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"einddatum\": \"2026-06-30\", \"reden\": \"05\"}")));
        d.put(
                "POST /api/v1/toewijzingen/{gemeente}/{nummer}/intrekking",
                toegangOp(
                        Actie.WIJZIGEN,
                        t -> mvc.post()
                                .uri(apiAdres(t) + "/intrekking")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"reden\": \"07\"}")));
        d.put(
                "GET /api/v1/toewijzingen",
                toegangOp(
                        Actie.RAADPLEGEN,
                        t -> mvc.get()
                                .uri("/api/v1/toewijzingen")
                                .param("aanbieder", t.aanbieder().value())
                                .param("pageSize", "100")));
        d.put("GET /toewijzing/nieuw", Dekking.geen(LEEG_FORMULIER));
        d.put("POST /toewijzing/nieuw", Dekking.gelogd(() -> {
            Bsn bsn = nieuweJeugdige();
            AgbCode agb = aanbieder();
            return new Verwachting(
                    bsn,
                    "toegang",
                    Actie.AANMAKEN,
                    () -> mvc.post()
                            .uri("/toewijzing/nieuw")
                            .with(TOEGANG)
                            .with(csrf())
                            .param("gemeente", "0153")
                            .param("bsn", bsn.value())
                            .param("aanbieder", agb.value())
                            .param("productcategorie", "45")
                            .param("productcode", PRODUCT)
                            .param("ingangsdatum", "2026-03-02")
                            .param("einddatum", "2026-08-31")
                            .param("volume", "10")
                            .param("eenheid", "04")
                            .param("frequentie", "2")
                            .exchange());
        }));
    }

    /** A request of the toegang worker about a fresh toewijzing, which must log {@code actie} for its jeugdige. */
    private Dekking toegangOp(Actie actie, Function<ToegewezenProduct, MockMvcRequestBuilder> verzoek) {
        return doorToegang(this::toewijzing, ToegewezenProduct::client, actie, verzoek);
    }

    /** A request of the toegang worker about a fresh verzoek om toewijzing, which must log {@code actie}. */
    private Dekking opVerzoek(Actie actie, Function<Werkitem, MockMvcRequestBuilder> verzoek) {
        return doorToegang(this::verzoek, Werkitem::client, actie, verzoek);
    }

    private <T> Dekking doorToegang(
            Supplier<T> gegeven, Function<T, Bsn> jeugdige, Actie actie, Function<T, MockMvcRequestBuilder> verzoek) {
        return Dekking.gelogd(() -> {
            T t = gegeven.get();
            return new Verwachting(
                    jeugdige.apply(t),
                    "toegang",
                    actie,
                    () -> verzoek.apply(t).with(TOEGANG).with(csrf()).exchange());
        });
    }

    private void verzoeken(Map<String, Dekking> d) {
        d.put(
                "GET /toewijzing/verzoeken",
                opVerzoek(Actie.RAADPLEGEN, item -> mvc.get().uri("/toewijzing/verzoeken")));
        d.put(
                "GET /toewijzing/verzoeken/{id}",
                opVerzoek(Actie.RAADPLEGEN, item -> mvc.get().uri("/toewijzing/verzoeken/" + item.id())));
        d.put(
                "GET /api/v1/verzoeken",
                opVerzoek(
                        Actie.RAADPLEGEN,
                        item -> mvc.get().uri("/api/v1/verzoeken").param("pageSize", "100")));
        d.put(
                "GET /api/v1/verzoeken/{id}",
                opVerzoek(Actie.RAADPLEGEN, item -> mvc.get().uri("/api/v1/verzoeken/" + item.id())));
        d.put(
                "POST /api/v1/verzoeken/{id}/besluit",
                opVerzoek(
                        Actie.WIJZIGEN,
                        item -> mvc.post()
                                .uri("/api/v1/verzoeken/" + item.id() + "/besluit")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"besluit\":\"afwijzen\",\"reden\":\"7\"}")));
        beslissing(d, "toewijzen", Actie.AANMAKEN, null, null);
        beslissing(d, "onderzoek", Actie.WIJZIGEN, null, null);
        beslissing(d, "afwijzen", Actie.WIJZIGEN, "reden", "7");
        beslissing(d, "woonplaatsbeginsel", Actie.WIJZIGEN, "gemeente", "0164");
    }

    private void beslissing(Map<String, Dekking> d, String besluit, Actie actie, String veld, String waarde) {
        d.put("POST /toewijzing/verzoeken/{id}/" + besluit, opVerzoek(actie, item -> {
            var verzoek = mvc.post().uri("/toewijzing/verzoeken/" + item.id() + "/" + besluit);
            return veld == null ? verzoek : verzoek.param(veld, waarde);
        }));
    }

    private void declaraties(Map<String, Dekking> d) {
        d.put("GET /declaraties", Dekking.geen(DECLARATIELIJST));
        d.put("GET /declaraties/{id}", Dekking.gelogd(() -> {
            ToegewezenProduct t = toewijzing();
            Berichtenketen keten = keten(t.aanbieder());
            keten.ontvang(keten.declaratie(
                    t.client(), t.nummer().value(), 8400, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), 20));
            keten.verwerk();
            long id = jdbc.sql("select max(id) from declaratie.declaratie where aanbieder = :agb")
                    .param("agb", t.aanbieder().value())
                    .query(Long.class)
                    .single();
            return new Verwachting(
                    t.client(),
                    "backoffice",
                    Actie.RAADPLEGEN,
                    () -> mvc.get().uri("/declaraties/" + id).with(BACKOFFICE).exchange());
        }));
    }

    private void berichten(Map<String, Dekking> d) {
        d.put("GET /berichten", Dekking.geen(METAGEGEVENS));
        d.put("GET /berichten/{id}", Dekking.geen(METAGEGEVENS));
        d.put("POST /berichten/{id}/verzonden", Dekking.geen(MARKERING));
        d.put("POST /berichten/{id}/opgehaald", Dekking.geen(MARKERING));
        d.put("GET /api/v1/berichten", Dekking.geen(METAGEGEVENS));
        d.put("GET /api/v1/berichten/{id}", Dekking.geen(METAGEGEVENS));
        d.put("POST /api/v1/berichten/{id}/opgehaald", Dekking.geen(MARKERING));
        d.put("POST /api/v1/berichten/{id}/verzonden", Dekking.geen(MARKERING));
        d.put("POST /berichten", Dekking.gelogd(() -> {
            ToegewezenProduct t = toewijzing();
            byte[] start = keten(t.aanbieder()).start(t.client(), t.nummer().value(), INGANG, INGANG);
            return new Verwachting(t.client(), Toegangslog.SYSTEEM, Actie.VERWERKEN, () -> {
                MvcTestResult resultaat = mvc.post()
                        .uri("/berichten")
                        .multipart()
                        .file(new MockMultipartFile("bestand", "start.xml", MediaType.TEXT_XML_VALUE, start))
                        .with(Testgebruikers.aanbiederVan(t.aanbieder()))
                        .with(csrf())
                        .exchange();
                keten(t.aanbieder()).verwerk();
                return resultaat;
            });
        }));
        d.put("POST /api/v1/berichten", Dekking.gelogd(() -> {
            ToegewezenProduct t = toewijzing();
            byte[] start = keten(t.aanbieder()).start(t.client(), t.nummer().value(), INGANG, INGANG);
            return new Verwachting(t.client(), Toegangslog.SYSTEEM, Actie.VERWERKEN, () -> {
                MvcTestResult resultaat = mvc.post()
                        .uri("/api/v1/berichten")
                        .contentType(MediaType.APPLICATION_XML)
                        .content(start)
                        .with(Testgebruikers.aanbiederVan(t.aanbieder()))
                        .exchange();
                keten(t.aanbieder()).verwerk();
                return resultaat;
            });
        }));
        d.put("GET /berichten/{id}/download", inhoudVanStart(id -> "/berichten/" + id + "/download"));
        d.put("GET /api/v1/berichten/{id}/inhoud", inhoudVanStart(id -> "/api/v1/berichten/" + id + "/inhoud"));
        d.put("GET /ijw/validatie", Dekking.geen(LEEG_FORMULIER));
        d.put("POST /ijw/validatie", Dekking.geen(VALIDATOR));
        d.put("GET /ijw/validatie/{id}/retour", Dekking.geen(VALIDATOR));
    }

    /** The backoffice reads a received JW305: the read must be logged for the jeugdige it names. */
    private Dekking inhoudVanStart(Function<UUID, String> adres) {
        return Dekking.gelogd(() -> {
            ToegewezenProduct t = toewijzing();
            UUID id = ontvangenStart(t);
            return new Verwachting(
                    t.client(),
                    "backoffice",
                    Actie.RAADPLEGEN,
                    () -> mvc.get().uri(adres.apply(id)).with(BACKOFFICE).exchange());
        });
    }

    private static void geen(Map<String, Dekking> d, String reden, String... endpoints) {
        for (String endpoint : endpoints) {
            d.put(endpoint, Dekking.geen(reden));
        }
    }

    /** The aanbiedersportaal: every page and request as a small aanbieder on a toewijzing of its own. */
    private void portaal(Map<String, Dekking> d) {
        PortaalFixtures portaal = new PortaalFixtures(context);
        d.put(
                "GET /portaal",
                portaalScenario(
                        portaal,
                        false,
                        Actie.RAADPLEGEN,
                        (t, wie) -> mvc.get().uri("/portaal").with(wie).exchange()));
        d.put(
                "GET /portaal/toewijzingen/{gemeente}/{nummer}",
                portaalScenario(
                        portaal,
                        false,
                        Actie.RAADPLEGEN,
                        (t, wie) -> mvc.get()
                                .uri("/portaal/toewijzingen/0153/" + t.nummer())
                                .with(wie)
                                .exchange()));
        d.put(
                "POST /portaal/toewijzingsberichten/{id}/bevestigen",
                portaalScenario(
                        portaal,
                        false,
                        Actie.RAADPLEGEN,
                        (t, wie) -> mvc.post()
                                .uri("/portaal/toewijzingsberichten/"
                                        + jdbc.sql("""
                                        select id from berichtenverkeer.bericht
                                         where richting = 'UIT' and berichttype = 'JW301' and ontvanger = :agb""")
                                                .param("agb", t.aanbieder().value())
                                                .query(UUID.class)
                                                .single() + "/bevestigen")
                                .with(wie)
                                .with(csrf())
                                .exchange()));
        d.put(
                "POST /portaal/toewijzingen/{gemeente}/{nummer}/start",
                portaalScenario(
                        portaal,
                        false,
                        Actie.VERSTUREN,
                        (t, wie) -> mvc.post()
                                .uri("/portaal/toewijzingen/0153/" + t.nummer() + "/start")
                                .param("sleutel", UUID.randomUUID().toString())
                                .param("wijze", "MELDEN")
                                .param("begindatum", PortaalFixtures.INGANG.toString())
                                .with(wie)
                                .with(csrf())
                                .exchange()));
        d.put(
                "POST /portaal/toewijzingen/{gemeente}/{nummer}/stop",
                portaalScenario(
                        portaal,
                        true,
                        Actie.VERSTUREN,
                        (t, wie) -> mvc.post()
                                .uri("/portaal/toewijzingen/0153/" + t.nummer() + "/stop")
                                .param("sleutel", UUID.randomUUID().toString())
                                .param("wijze", "MELDEN")
                                .param("begindatum", PortaalFixtures.INGANG.toString())
                                .param(
                                        "einddatum",
                                        PortaalFixtures.INGANG.plusDays(10).toString())
                                .param("reden", "31")
                                .with(wie)
                                .with(csrf())
                                .exchange()));
        d.put(
                "POST /api/v1/starts",
                portaalScenario(
                        portaal,
                        false,
                        Actie.VERSTUREN,
                        (t, wie) -> mvc.post()
                                .uri("/api/v1/starts")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"gemeente\":\"0153\",\"toewijzing\":%d,\"begindatum\":\"%s\"}"
                                        .formatted(t.nummer().value(), PortaalFixtures.INGANG))
                                .with(wie)
                                .exchange()));
        d.put(
                "POST /api/v1/stops",
                portaalScenario(
                        portaal,
                        true,
                        Actie.VERSTUREN,
                        (t, wie) -> mvc.post()
                                .uri("/api/v1/stops")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"gemeente":"0153","toewijzing":%d,"begindatum":"%s","einddatum":"%s",
                         "redenBeeindiging":"31"}""".formatted(
                                                t.nummer().value(),
                                                PortaalFixtures.INGANG,
                                                PortaalFixtures.INGANG.plusDays(10)))
                                .with(wie)
                                .exchange()));
    }

    /** The concept declaratie of the portal: page and API, each on a concept with one line for a jeugdige. */
    private void declaratieconcepten(Map<String, Dekking> d) {
        PortaalFixtures portaal = new PortaalFixtures(context);
        geen(
                d,
                "concepten en verstuurde declaraties met aantallen en bedragen, zonder jeugdigen",
                "GET /portaal/declaraties");
        d.put(
                "POST /portaal/declaraties",
                conceptScenario(
                        portaal,
                        false,
                        Actie.RAADPLEGEN,
                        (id, wie) -> mvc.post()
                                .uri("/portaal/declaraties")
                                .param("gemeente", "0153")
                                .param("maand", "2026-02")
                                .with(wie)
                                .with(csrf())
                                .exchange()));
        d.put(
                "GET /portaal/declaraties/{id}",
                conceptScenario(
                        portaal,
                        true,
                        Actie.RAADPLEGEN,
                        (id, wie) -> mvc.get()
                                .uri("/portaal/declaraties/" + id)
                                .with(wie)
                                .exchange()));
        d.put(
                "POST /portaal/declaraties/{id}/regels/{volgnummer}",
                conceptScenario(
                        portaal,
                        true,
                        Actie.WIJZIGEN,
                        (id, wie) -> mvc.post()
                                .uri("/portaal/declaraties/" + id + "/regels/1")
                                .param("volume", "10")
                                .with(wie)
                                .with(csrf())
                                .exchange()));
        d.put(
                "POST /portaal/declaraties/{id}/regels/{volgnummer}/verwijderen",
                conceptScenario(
                        portaal,
                        true,
                        Actie.VERWIJDEREN,
                        (id, wie) -> mvc.post()
                                .uri("/portaal/declaraties/" + id + "/regels/1/verwijderen")
                                .with(wie)
                                .with(csrf())
                                .exchange()));
        d.put(
                "POST /portaal/declaraties/{id}/versturen",
                conceptScenario(
                        portaal,
                        true,
                        Actie.VERSTUREN,
                        (id, wie) -> mvc.post()
                                .uri("/portaal/declaraties/" + id + "/versturen")
                                .with(wie)
                                .with(csrf())
                                .exchange()));
        d.put(
                "POST /portaal/declaraties/{id}/verwijderen",
                conceptScenario(
                        portaal,
                        true,
                        Actie.VERWIJDEREN,
                        (id, wie) -> mvc.post()
                                .uri("/portaal/declaraties/" + id + "/verwijderen")
                                .with(wie)
                                .with(csrf())
                                .exchange()));
        d.put(
                "POST /api/v1/declaraties/concepten",
                conceptScenario(
                        portaal,
                        false,
                        Actie.RAADPLEGEN,
                        (id, wie) -> mvc.post()
                                .uri("/api/v1/declaraties/concepten")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"gemeente\":\"0153\",\"maand\":\"2026-02\"}")
                                .with(wie)
                                .exchange()));
        d.put(
                "GET /api/v1/declaraties/concepten/{id}",
                conceptScenario(
                        portaal,
                        true,
                        Actie.RAADPLEGEN,
                        (id, wie) -> mvc.get()
                                .uri("/api/v1/declaraties/concepten/" + id)
                                .with(wie)
                                .exchange()));
        d.put(
                "PUT /api/v1/declaraties/concepten/{id}/regels/{volgnummer}",
                conceptScenario(
                        portaal,
                        true,
                        Actie.WIJZIGEN,
                        (id, wie) -> mvc.put()
                                .uri("/api/v1/declaraties/concepten/" + id + "/regels/1")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"volume\":10}")
                                .with(wie)
                                .exchange()));
        d.put(
                "DELETE /api/v1/declaraties/concepten/{id}/regels/{volgnummer}",
                conceptScenario(
                        portaal,
                        true,
                        Actie.VERWIJDEREN,
                        (id, wie) -> mvc.delete()
                                .uri("/api/v1/declaraties/concepten/" + id + "/regels/1")
                                .with(wie)
                                .exchange()));
        d.put(
                "POST /api/v1/declaraties/concepten/{id}/indienen",
                conceptScenario(
                        portaal,
                        true,
                        Actie.VERSTUREN,
                        (id, wie) -> mvc.post()
                                .uri("/api/v1/declaraties/concepten/" + id + "/indienen")
                                .with(wie)
                                .exchange()));
    }

    /** The verzoeken of the portal: a JW315 from its form, a JW317 from a toewijzing, and the list of answers. */
    private void verzoekenInHetPortaal(Map<String, Dekking> d) {
        PortaalFixtures portaal = new PortaalFixtures(context);
        d.put(
                "POST /portaal/toewijzingen/{gemeente}/{nummer}/wijziging",
                portaalScenario(
                        portaal,
                        false,
                        Actie.VERSTUREN,
                        (t, wie) -> mvc.post()
                                .uri("/portaal/toewijzingen/0153/" + t.nummer() + "/wijziging")
                                .param("sleutel", UUID.randomUUID().toString())
                                .param("reden", "2")
                                .param("gewensteIngangsdatum", "2026-03-09")
                                .param("volume", "6")
                                .param("eenheid", "04")
                                .param("frequentie", "2")
                                .with(wie)
                                .with(csrf())
                                .exchange()));
        d.put("GET /portaal/verzoeken", Dekking.gelogd(() -> {
            AgbCode agb = PortaalFixtures.nieuweAanbieder();
            ToegewezenProduct t = portaal.toewijzing(agb);
            Testgebruikers.ingelogd(
                    "AANBIEDER",
                    agb,
                    () -> context.getBean(Verzoekmeldingen.class)
                            .vraagWijziging(
                                    new Wijzigingsverzoek(
                                            ENSCHEDE,
                                            t.nummer(),
                                            nl.jeugdregie.kern.codelijst.RedenVerzoek.WIJZIGING_ZORGPLAN,
                                            LocalDate.of(2026, 3, 9),
                                            null,
                                            new nl.jeugdregie.toewijzing.Omvang(
                                                    6,
                                                    nl.jeugdregie.kern.codelijst.Eenheid.UUR,
                                                    nl.jeugdregie.kern.codelijst.Frequentie.PER_WEEK),
                                            null,
                                            null),
                                    null));
            portaal.verwerk();
            return new Verwachting(
                    t.client(),
                    "medewerker-" + agb,
                    Actie.RAADPLEGEN,
                    () -> mvc.get()
                            .uri("/portaal/verzoeken")
                            .with(Testgebruikers.aanbiederVan(agb))
                            .exchange());
        }));
        d.put("POST /portaal/verzoeken", Dekking.gelogd(() -> {
            AgbCode agb = portaal.aanbiederMetContract();
            nl.jeugdregie.kern.Bsn bsn =
                    nl.jeugdregie.kern.Testbsn.vanaf(784_000_000L + System.nanoTime() % 100_000_000L);
            return new Verwachting(
                    bsn,
                    "medewerker-" + agb,
                    Actie.VERSTUREN,
                    () -> mvc.post()
                            .uri("/portaal/verzoeken")
                            .param("sleutel", UUID.randomUUID().toString())
                            .param("gemeente", "0153")
                            .param("bsn", bsn.value())
                            .param("geboortedatum", "2015-06-12")
                            .param("geslacht", "1")
                            .param("achternaam", "Jansen")
                            .param("gezagsdragerBekend", "1")
                            .param("productcode", "45A48")
                            .param("ingangsdatum", "2026-03-16")
                            .param("einddatum", "2026-09-30")
                            .param("volume", "3")
                            .param("eenheid", "04")
                            .param("frequentie", "2")
                            .param("verwijzer", "02")
                            .param("zorgverlenerCode", "01123456")
                            .with(Testgebruikers.aanbiederVan(agb))
                            .with(csrf())
                            .exchange());
        }));
    }

    /** Prestaties uploaded as a file: the concept it becomes holds the jeugdigen of its rows. */
    private void prestatieuploads(Map<String, Dekking> d) {
        PortaalFixtures portaal = new PortaalFixtures(context);
        geen(
                d,
                "het lege sjabloon van een prestatiebestand: alleen de kopregel",
                "GET /portaal/declaraties/sjabloon.csv");
        geen(
                d,
                "voortgang van een upload en de rijfouten bij rij en kolom; het concept zelf opent op de pagina van"
                        + " het concept, die het lezen logt",
                "GET /portaal/declaraties/uploads/{id}",
                "GET /portaal/declaraties/uploads/{id}/voortgang");
        d.put("POST /portaal/declaraties/uploads", uploadScenario(portaal, (bestand, wie) -> {
            MvcTestResult gestart = mvc.post()
                    .uri("/portaal/declaraties/uploads")
                    .multipart()
                    .file(bestand)
                    .param("gemeente", "0153")
                    .param("maand", "2026-02")
                    .with(wie)
                    .with(csrf())
                    .exchange();
            String pagina = gestart.getResponse().getRedirectedUrl();
            // The upload runs in the background: wait until its page opens the concept.
            for (int poging = 0; poging < 100 && pagina != null && pagina.contains("/uploads/"); poging++) {
                String volgende =
                        mvc.get().uri(pagina).with(wie).exchange().getResponse().getRedirectedUrl();
                if (volgende != null) {
                    break;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return gestart;
        }));
        d.put(
                "POST /api/v1/declaraties/concepten/uploads",
                uploadScenario(
                        portaal,
                        (bestand, wie) -> mvc.post()
                                .uri("/api/v1/declaraties/concepten/uploads")
                                .multipart()
                                .file(bestand)
                                .param("gemeente", "0153")
                                .param("maand", "2026-02")
                                .with(wie)
                                .exchange()));
    }

    private Dekking uploadScenario(
            PortaalFixtures portaal,
            java.util.function.BiFunction<
                            org.springframework.mock.web.MockMultipartFile, RequestPostProcessor, MvcTestResult>
                    verzoek) {
        return Dekking.gelogd(() -> {
            AgbCode agb = portaal.aanbiederMetContract();
            ToegewezenProduct t = portaal.gestart(portaal.toewijzing(agb), LocalDate.of(2026, 2, 9));
            String inhoud = nl.jeugdregie.portaal.Prestatiebestand.KOPREGEL + "\n"
                    + t.client().value() + ";" + t.nummer().value() + ";;09-02-2026;28-02-2026;12;;;;\n";
            org.springframework.mock.web.MockMultipartFile bestand = new org.springframework.mock.web.MockMultipartFile(
                    "bestand", "februari.csv", "text/csv", inhoud.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new Verwachting(
                    t.client(),
                    "medewerker-" + agb,
                    Actie.AANMAKEN,
                    () -> verzoek.apply(bestand, Testgebruikers.aanbiederVan(agb)));
        });
    }

    /**
     * A small aanbieder with a contract and care started on 9 February 2026, and (when {@code gemaakt}) its concept
     * declaratie of February with one line; the request gets the concept's id (0 when not made).
     */
    private Dekking conceptScenario(
            PortaalFixtures portaal,
            boolean gemaakt,
            Actie actie,
            java.util.function.BiFunction<Long, RequestPostProcessor, MvcTestResult> verzoek) {
        return Dekking.gelogd(() -> {
            AgbCode agb = portaal.aanbiederMetContract();
            ToegewezenProduct t = portaal.gestart(portaal.toewijzing(agb), LocalDate.of(2026, 2, 9));
            long id = gemaakt
                    ? Testgebruikers.ingelogd(
                            "AANBIEDER",
                            agb,
                            () -> context.getBean(Conceptdeclaraties.class)
                                    .maak(ENSCHEDE, java.time.YearMonth.of(2026, 2), "test")
                                    .concept()
                                    .id())
                    : 0L;
            return new Verwachting(
                    t.client(), "medewerker-" + agb, actie, () -> verzoek.apply(id, Testgebruikers.aanbiederVan(agb)));
        });
    }

    private Dekking portaalScenario(
            PortaalFixtures portaal,
            boolean gestart,
            Actie actie,
            java.util.function.BiFunction<ToegewezenProduct, RequestPostProcessor, MvcTestResult> verzoek) {
        return Dekking.gelogd(() -> {
            AgbCode agb = PortaalFixtures.nieuweAanbieder();
            ToegewezenProduct t = portaal.toewijzing(agb);
            if (gestart) {
                keten(agb)
                        .ontvang(keten(agb)
                                .start(
                                        t.client(),
                                        t.nummer().value(),
                                        t.periode().begin(),
                                        PortaalFixtures.INGANG));
                portaal.verwerk();
            }
            return new Verwachting(
                    t.client(), "medewerker-" + agb, actie, () -> verzoek.apply(t, Testgebruikers.aanbiederVan(agb)));
        });
    }

    private static void financien(Map<String, Dekking> d) {
        geen(
                d,
                "financiën: begroting en bedragen per gemeente, hulpvorm, aanbieder en product, aantallen jeugdigen"
                        + " (onder vijf onderdrukt); geen jeugdige, BSN of pseudoniem",
                "GET /financien",
                "GET /financien/export.xlsx",
                "GET /financien/vergelijking",
                "GET /financien/vergelijking.xlsx",
                "GET /financien/begroting",
                "GET /financien/begroting/export.xlsx",
                "GET /financien/rapport.pdf",
                "POST /financien/begroting",
                "POST /financien/begroting/import",
                "GET /api/v1/financien/{gemeente}/{jaar}",
                "GET /api/v1/begrotingen/{gemeente}/{jaar}",
                "PUT /api/v1/begrotingen/{gemeente}/{jaar}");
        geen(
                d,
                "verdeling in de regio: bedragen, inwonertallen en aantallen jeugdigen per gemeente en deel van de"
                        + " inkoop; geen jeugdige, BSN of pseudoniem",
                "GET /financien/verdeling",
                "GET /financien/verdeling/export.xlsx",
                "POST /financien/verdeling",
                "GET /api/v1/verdeling/{jaar}",
                "PUT /api/v1/verdeling/{jaar}/sleutels");
        geen(
                d,
                "scenario's: bedragen per gemeente en hulpvorm, gemiddelde duur en kosten per jeugdige van de regio"
                        + " (onder vijf onderdrukt); geen jeugdige, BSN of pseudoniem",
                "GET /financien/scenarios",
                "POST /financien/scenarios",
                "GET /financien/scenarios/{id}",
                "GET /financien/scenarios/{id}.xlsx",
                "POST /financien/scenarios/{id}/verwijderen",
                "GET /financien/scenarios/vergelijking",
                "GET /financien/scenarios/vergelijking.xlsx",
                "POST /api/v1/scenarios",
                "POST /api/v1/scenarios/doorrekeningen",
                "GET /api/v1/scenarios",
                "GET /api/v1/scenarios/{id}",
                "DELETE /api/v1/scenarios/{id}");
    }

    private static void betaling(Map<String, Dekking> d) {
        geen(
                d,
                "betaling: declaraties en prestaties met bedragen, referentie- en toewijzingnummer voor de financiële"
                        + " administratie; geen BSN, naam of pseudoniem van een jeugdige",
                "GET /financien/betaling",
                "GET /financien/betaling/export.csv",
                "GET /financien/betaling/export.xlsx",
                "POST /financien/betaling",
                "GET /api/v1/declaraties",
                "POST /api/v1/declaraties/{id}/betaling");
    }

    private void sturing(Map<String, Dekking> d) {
        geen(
                d,
                "sturingsinformatie: alleen aantallen en bedragen per groep, cellen onder vijf jeugdigen onderdrukt;"
                        + " geen BSN, naam of pseudoniem",
                "GET /sturing",
                "GET /sturing/indicatoren/{code}",
                "GET /sturing/indicatoren/{code}/export.csv",
                "GET /sturing/indicatoren/{code}/export.xlsx",
                "GET /sturing/rapport.pdf",
                "GET /api/v1/indicatoren",
                "GET /api/v1/indicatoren/{code}",
                "GET /api/v1/indicatoren/{code}/trend");
        d.put("GET /api/v1/sturing/trajecten", Dekking.gelogd(() -> {
            Bsn bsn = lopendTraject("EX", LocalDate.of(2026, 3, 2));
            return new Verwachting(
                    bsn,
                    "analist-export",
                    Actie.EXPORTEREN,
                    () -> mvc.get()
                            .uri("/api/v1/sturing/trajecten?periode=2026-03&gemeente=0153")
                            .with(Testgebruikers.als("analist-export", "ANALIST"))
                            .exchange());
        }));
        d.put("GET /sturing/herbeoordelen", Dekking.gelogd(() -> {
            Bsn bsn = lopendTraject("HB", LocalDate.of(2024, 11, 4));
            return new Verwachting(
                    bsn,
                    "toegang-herbeoordelen",
                    Actie.RAADPLEGEN,
                    () -> mvc.get()
                            .uri("/sturing/herbeoordelen?gemeente=0153")
                            .with(Testgebruikers.als("toegang-herbeoordelen", "TOEGANG", "0153"))
                            .exchange());
        }));
    }

    /** A toewijzing in Enschede whose care began on {@code begin} and still runs, once it is in the read model. */
    private Bsn lopendTraject(String voorvoegsel, LocalDate begin) {
        int run = java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
        AgbCode agb = new AgbCode(String.format("95%06d", run));
        InkoopFixtures.aanbiederMetContract(aanbieders, contracten, agb, "Sturing " + agb, "45A48", Bedrag.euro(84));
        Bsn bsn = Testbsn.vanaf(400_000_000L + run * 41L);
        nl.jeugdregie.sturing.SturingFixtures.lopendeZorg(
                context, new GemeenteCode("0153"), agb, bsn, begin, voorvoegsel + run);
        return bsn;
    }

    private static void zonderPersoonsgegevens(Map<String, Dekking> d) {
        geen(
                d,
                INKOOP,
                "GET /inkoop/mijn-organisatie",
                "GET /inkoop/aanbieders",
                "GET /inkoop/aanbieders/nieuw",
                "POST /inkoop/aanbieders/nieuw",
                "GET /inkoop/aanbieders/{agb}",
                "GET /inkoop/aanbieders/{agb}/wijzigen",
                "POST /inkoop/aanbieders/{agb}/wijzigen",
                "GET /inkoop/aanbieders/{agb}/budget",
                "POST /inkoop/aanbieders/{agb}/budget",
                "GET /inkoop/aanbieders/{agb}/locaties/nieuw",
                "POST /inkoop/aanbieders/{agb}/locaties/nieuw",
                "GET /inkoop/aanbieders/{agb}/locaties/{id}/wijzigen",
                "POST /inkoop/aanbieders/{agb}/locaties/{id}/wijzigen",
                "POST /inkoop/aanbieders/{agb}/locaties/{id}/verwijderen",
                "GET /inkoop/aanbieders/{agb}/contactpersonen/nieuw",
                "POST /inkoop/aanbieders/{agb}/contactpersonen/nieuw",
                "GET /inkoop/aanbieders/{agb}/contactpersonen/{id}/wijzigen",
                "POST /inkoop/aanbieders/{agb}/contactpersonen/{id}/wijzigen",
                "POST /inkoop/aanbieders/{agb}/contactpersonen/{id}/verwijderen",
                "GET /inkoop/contracten/nieuw",
                "POST /inkoop/contracten/nieuw",
                "GET /inkoop/contracten/{id}",
                "POST /inkoop/contracten/{id}/producten",
                "POST /inkoop/contracten/{id}/tarieven",
                "GET /inkoop/contracten/{id}/wijzigen",
                "POST /inkoop/contracten/{id}/wijzigen",
                "GET /inkoop/contracten/{id}/tarieven/{tariefId}/wijzigen",
                "POST /inkoop/contracten/{id}/tarieven/{tariefId}/wijzigen",
                "POST /inkoop/contracten/{id}/tarieven/{tariefId}/verwijderen",
                "GET /inkoop/contracten/{id}/ontwikkelafspraken/nieuw",
                "POST /inkoop/contracten/{id}/ontwikkelafspraken/nieuw",
                "GET /inkoop/contracten/{id}/ontwikkelafspraken/{afspraakId}",
                "POST /inkoop/contracten/{id}/ontwikkelafspraken/{afspraakId}",
                "GET /inkoop/producten",
                "GET /inkoop/producten/nieuw",
                "POST /inkoop/producten/nieuw",
                "GET /api/v1/aanbieders",
                "POST /api/v1/aanbieders",
                "GET /api/v1/aanbieders/{agb}",
                "PUT /api/v1/aanbieders/{agb}",
                "POST /api/v1/aanbieders/{agb}/locaties",
                "PUT /api/v1/aanbieders/{agb}/locaties/{id}",
                "DELETE /api/v1/aanbieders/{agb}/locaties/{id}",
                "POST /api/v1/aanbieders/{agb}/contactpersonen",
                "PUT /api/v1/aanbieders/{agb}/contactpersonen/{id}",
                "DELETE /api/v1/aanbieders/{agb}/contactpersonen/{id}",
                "GET /api/v1/aanbieders/{agb}/budget",
                "PUT /api/v1/aanbieders/{agb}/budget",
                "GET /api/v1/contracten",
                "POST /api/v1/contracten",
                "GET /api/v1/contracten/tarieven",
                "GET /api/v1/contracten/{id}",
                "PUT /api/v1/contracten/{id}",
                "GET /api/v1/contracten/{id}/historie",
                "GET /api/v1/contracten/{id}/tarief",
                "POST /api/v1/contracten/{id}/producten",
                "POST /api/v1/contracten/{id}/producten/{productcode}/tarieven",
                "PUT /api/v1/contracten/{id}/tarieven/{tariefId}",
                "DELETE /api/v1/contracten/{id}/tarieven/{tariefId}",
                "POST /api/v1/contracten/{id}/ontwikkelafspraken",
                "POST /api/v1/contracten/{id}/ontwikkelafspraken/{afspraakId}/voortgang",
                "GET /api/v1/producten",
                "POST /api/v1/producten",
                "GET /api/v1/producten/{code}");
        geen(
                d,
                PRODUCT_EN_JEUGDZORGVORM,
                "GET /inkoop/producten/{code}",
                "POST /inkoop/producten/{code}/jeugdzorgvorm",
                "GET /api/v1/producten/{code}/historie",
                "PUT /api/v1/producten/{code}/jeugdzorgvorm");
        geen(
                d,
                WACHTTIJDEN,
                "GET /wachttijden",
                "GET /wachttijden/nieuw",
                "POST /wachttijden/nieuw",
                "GET /wachttijden/{id}",
                "POST /wachttijden/{id}",
                "GET /api/v1/wachttijden",
                "POST /api/v1/wachttijden",
                "GET /api/v1/wachttijden/{id}",
                "PUT /api/v1/wachttijden/{id}",
                "GET /api/v1/wachttijden/{id}/historie");
        geen(
                d,
                IMPORT,
                "POST /inkoop/producten/import",
                "GET /wachttijden/import",
                "POST /wachttijden/import",
                "POST /api/v1/producten/import",
                "POST /api/v1/wachttijden/import",
                "GET /inkoop/importen/{id}",
                "GET /inkoop/importen/{id}/voortgang",
                "GET /api/v1/importen/{id}",
                "GET /api/v1/importen/{id}/regels");
        geen(
                d,
                REGIO,
                "GET /regio",
                "GET /beheer/gemeenten",
                "GET /beheer/gemeenten/nieuw",
                "POST /beheer/gemeenten/nieuw",
                "GET /beheer/gemeenten/{code}",
                "POST /beheer/gemeenten/{code}",
                "POST /beheer/gemeenten/{code}/lidmaatschappen",
                "POST /beheer/gemeenten/{code}/lidmaatschappen/{id}/einde",
                "GET /api/v1/gemeenten",
                "POST /api/v1/gemeenten",
                "GET /api/v1/gemeenten/{code}",
                "PUT /api/v1/gemeenten/{code}",
                "GET /api/v1/gemeenten/{code}/lidmaatschappen",
                "POST /api/v1/gemeenten/{code}/lidmaatschappen",
                "PUT /api/v1/gemeenten/{code}/lidmaatschappen/{id}",
                "GET /api/v1/jeugdregios",
                "GET /api/v1/jeugdregios/{code}");
        geen(
                d,
                BEVOLKING,
                "GET /beheer/bevolking",
                "POST /beheer/bevolking/import",
                "GET /api/v1/bevolking",
                "POST /api/v1/bevolking/importen");
        geen(
                d,
                GEBRUIKERS,
                "GET /beheer/gebruikers",
                "GET /beheer/gebruikers/nieuw",
                "POST /beheer/gebruikers/nieuw",
                "GET /beheer/gebruikers/{naam}",
                "POST /beheer/gebruikers/{naam}");
        geen(d, EIGEN_ACCOUNT, "GET /account/wachtwoord", "POST /account/wachtwoord", "GET /api/v1/mij");
        geen(
                d,
                LOG,
                "GET /beheer/toegangslog",
                "POST /beheer/toegangslog",
                "GET /beheer/toegangslog/controle",
                "GET /api/v1/toegangslog",
                "GET /api/v1/toegangslog/controle");
        geen(
                d,
                ALGEMEEN,
                "GET /",
                "GET /inloggen",
                "* /error",
                "GET /api/v1/openapi.json",
                "GET /api/v1/openapi.json.yaml");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Data for the scenarios: every scenario has its own jeugdige.

    private AgbCode aanbieder;

    private AgbCode aanbieder() {
        if (aanbieder == null) {
            aanbieder = new AgbCode(
                    String.format("97%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
            InkoopFixtures.aanbiederMetContract(
                    aanbieders, contracten, aanbieder, "Aanbieder " + aanbieder, PRODUCT, Bedrag.euro(84));
        }
        return aanbieder;
    }

    private static Bsn nieuweJeugdige() {
        return Testbsn.vanaf(300_000_000L + ThreadLocalRandom.current().nextLong(600_000_000L));
    }

    private ToegewezenProduct toewijzing() {
        return toewijzingen
                .wijsToe(new NieuweToewijzing(
                        ENSCHEDE,
                        nieuweJeugdige(),
                        aanbieder(),
                        Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, PRODUCT),
                        Periode.van(INGANG, EIND),
                        new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK),
                        null,
                        null))
                .waarde();
    }

    private static String apiAdres(ToegewezenProduct t) {
        return "/api/v1/toewijzingen/" + t.gemeente().value() + "/" + t.nummer().value();
    }

    private static String adres(ToegewezenProduct t) {
        return "/toewijzing/" + t.gemeente().value() + "/" + t.nummer().value();
    }

    private Berichtenketen keten(AgbCode agb) {
        return new Berichtenketen(
                context, agb, ENSCHEDE, "TLD" + ThreadLocalRandom.current().nextInt(100_000));
    }

    // --- jeugdigen and toegang: each request as the toegang worker of Enschede, on a fresh jeugdige ---

    private void jeugdigen(Map<String, Dekking> d) {
        d.put("POST /api/v1/jeugdigen", Dekking.gelogd(() -> {
            Bsn bsn = nieuweJeugdige();
            return new Verwachting(
                    bsn,
                    "toegang",
                    Actie.AANMAKEN,
                    () -> mvc.post()
                            .uri("/api/v1/jeugdigen")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(inschrijving(bsn))
                            .with(TOEGANG)
                            .with(csrf())
                            .exchange());
        }));
        d.put(
                "POST /api/v1/jeugdigen/zoeken",
                opJeugdige(
                        Actie.RAADPLEGEN,
                        j -> mvc.post()
                                .uri("/api/v1/jeugdigen/zoeken")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"bsn\": \"" + j.bsn().value() + "\"}")));
        d.put(
                "GET /api/v1/jeugdigen/{id}",
                opJeugdige(Actie.RAADPLEGEN, j -> mvc.get().uri(pad(j))));
        d.put(
                "GET /api/v1/jeugdigen/{id}/huishouden",
                opJeugdige(Actie.RAADPLEGEN, j -> mvc.get().uri(pad(j) + "/huishouden")));
        d.put(
                "POST /api/v1/jeugdigen/{id}/gezinsleden",
                opJeugdige(
                        Actie.WIJZIGEN,
                        j -> mvc.post()
                                .uri(pad(j) + "/gezinsleden")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"relatie\": \"moeder\", \"naam\": \"Ans Bakker\", \"gezag\": true}")));
        d.put("DELETE /api/v1/jeugdigen/{id}/gezinsleden/{lid}", opJeugdige(Actie.WIJZIGEN, j -> {
            String lid = json(mvc.post()
                            .uri(pad(j) + "/gezinsleden")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"relatie\": \"grootouder\", \"naam\": \"Opa Bakker\"}")
                            .with(TOEGANG)
                            .with(csrf())
                            .exchange())
                    .get("id")
                    .asString();
            return mvc.delete().uri(pad(j) + "/gezinsleden/" + lid);
        }));
        d.put(
                "POST /api/v1/jeugdigen/{id}/voorzieningen",
                opJeugdige(
                        Actie.WIJZIGEN,
                        j -> mvc.post()
                                .uri(pad(j) + "/voorzieningen")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"gemeente\": \"0153\", \"soort\": \"schuldhulp\", \"van\": \"2026-01-01\"}")));
        d.put(
                "POST /api/v1/jeugdigen/{id}/verhuizingen",
                opJeugdige(
                        Actie.WIJZIGEN,
                        j -> mvc.post()
                                .uri(pad(j) + "/verhuizingen")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"gemeente\": \"0153\", \"per\": \"2026-04-01\"}")));
        d.put(
                "GET /api/v1/jeugdigen/{id}/tijdlijn",
                opJeugdige(Actie.RAADPLEGEN, j -> mvc.get().uri(pad(j) + "/tijdlijn")));
        d.put(
                "GET /api/v1/jeugdigen/{id}/doelen",
                opJeugdige(Actie.RAADPLEGEN, j -> mvc.get().uri(pad(j) + "/doelen")));
        d.put(
                "POST /api/v1/jeugdigen/{id}/doelen",
                opJeugdige(
                        Actie.WIJZIGEN,
                        j -> mvc.post()
                                .uri(pad(j) + "/doelen")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(DOEL)));
        d.put("POST /api/v1/jeugdigen/{id}/doelen/{doel}/evaluatie", opJeugdige(Actie.WIJZIGEN, j -> {
            String doel = json(mvc.post()
                            .uri(pad(j) + "/doelen")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(DOEL)
                            .with(TOEGANG)
                            .with(csrf())
                            .exchange())
                    .get("id")
                    .asString();
            return mvc.post()
                    .uri(pad(j) + "/doelen/" + doel + "/evaluatie")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"uitkomst\": \"deels\", \"evaluatie\": \"Beter, nog niet goed\"}");
        }));
    }

    private void toegang(Map<String, Dekking> d) {
        d.put(
                "GET /api/v1/hulpvragen",
                opHulpvraag(Actie.RAADPLEGEN, (j, h) -> mvc.get().uri("/api/v1/hulpvragen")));
        d.put(
                "POST /api/v1/hulpvragen",
                opJeugdige(
                        Actie.AANMAKEN,
                        j -> mvc.post()
                                .uri("/api/v1/hulpvragen")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(hulpvraag(j))));
        d.put(
                "GET /api/v1/hulpvragen/{id}",
                opHulpvraag(Actie.RAADPLEGEN, (j, h) -> mvc.get().uri("/api/v1/hulpvragen/" + h)));
        d.put(
                "PUT /api/v1/hulpvragen/{id}/triage",
                opHulpvraag(
                        Actie.WIJZIGEN,
                        (j, h) -> mvc.put()
                                .uri("/api/v1/hulpvragen/" + h + "/triage")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(TRIAGE)));
        d.put("GET /api/v1/hulpvragen/{id}/advies", opHulpvraag(Actie.RAADPLEGEN, (j, h) -> {
            mvc.put()
                    .uri("/api/v1/hulpvragen/" + h + "/triage")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(TRIAGE)
                    .with(TOEGANG)
                    .with(csrf())
                    .exchange();
            return mvc.get().uri("/api/v1/hulpvragen/" + h + "/advies");
        }));
        d.put(
                "POST /api/v1/hulpvragen/{id}/toestemming",
                opHulpvraag(
                        Actie.WIJZIGEN,
                        (j, h) -> mvc.post()
                                .uri("/api/v1/hulpvragen/" + h + "/toestemming")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"door\": \"moeder\"}")));
        d.put(
                "POST /api/v1/hulpvragen/{id}/verlenging",
                opHulpvraag(
                        Actie.WIJZIGEN,
                        (j, h) -> mvc.post()
                                .uri("/api/v1/hulpvragen/" + h + "/verlenging")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"tot\": \"2026-05-25\", \"reden\": \"Onderzoek door een orthopedagoog\"}")));
        d.put(
                "POST /api/v1/hulpvragen/{id}/besluit",
                opHulpvraag(
                        Actie.AANMAKEN,
                        (j, h) -> mvc.post()
                                .uri("/api/v1/hulpvragen/" + h + "/besluit")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(AFWIJZING)));
        d.put("GET /api/v1/beschikkingen/{id}", opHulpvraag(Actie.RAADPLEGEN, (j, h) -> {
            String beschikking = json(mvc.post()
                            .uri("/api/v1/hulpvragen/" + h + "/besluit")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(AFWIJZING)
                            .with(TOEGANG)
                            .with(csrf())
                            .exchange())
                    .get("id")
                    .asString();
            return mvc.get().uri("/api/v1/beschikkingen/" + beschikking);
        }));
    }

    private void toegangspaginas(Map<String, Dekking> d) {
        d.put("GET /toegang", opHulpvraag(Actie.RAADPLEGEN, (j, h) -> mvc.get().uri("/toegang")));
        d.put(
                "POST /toegang/zoeken",
                opJeugdige(
                        Actie.RAADPLEGEN,
                        j -> mvc.post()
                                .uri("/toegang/zoeken")
                                .param("bsn", j.bsn().value())));
        d.put("GET /toegang/jeugdigen/nieuw", Dekking.geen(LEEG_FORMULIER));
        d.put("POST /toegang/jeugdigen", Dekking.gelogd(() -> {
            Bsn bsn = nieuweJeugdige();
            return new Verwachting(
                    bsn,
                    "toegang",
                    Actie.AANMAKEN,
                    () -> mvc.post()
                            .uri("/toegang/jeugdigen")
                            .param("bsn", bsn.value())
                            .param("achternaam", "Bakker")
                            .param("geboortedatum", "2012-11-03")
                            .param("geslacht", "2")
                            .param("gemeente", "0153")
                            .with(TOEGANG)
                            .with(csrf())
                            .exchange());
        }));
        d.put(
                "GET /toegang/jeugdigen/{id}",
                opJeugdige(Actie.RAADPLEGEN, j -> mvc.get().uri("/toegang/jeugdigen/" + j.id())));
        d.put(
                "POST /toegang/jeugdigen/{id}/gezinsleden",
                opJeugdige(
                        Actie.WIJZIGEN,
                        j -> mvc.post()
                                .uri("/toegang/jeugdigen/" + j.id() + "/gezinsleden")
                                .param("naam", "Ans Bakker")
                                .param("relatie", "MOEDER")
                                .param("gezag", "on")));
        d.put(
                "POST /toegang/jeugdigen/{id}/voorzieningen",
                opJeugdige(
                        Actie.WIJZIGEN,
                        j -> mvc.post()
                                .uri("/toegang/jeugdigen/" + j.id() + "/voorzieningen")
                                .param("soort", "WMO")
                                .param("gemeente", "0153")
                                .param("van", "2026-01-01")));
        d.put(
                "POST /toegang/jeugdigen/{id}/hulpvragen",
                opJeugdige(
                        Actie.AANMAKEN,
                        j -> mvc.post()
                                .uri("/toegang/jeugdigen/" + j.id() + "/hulpvragen")
                                .param("route", "zelf")
                                .param("gemeente", "0153")
                                .param("omschrijving", "Vraag van het gezin")));
        d.put(
                "POST /toegang/jeugdigen/{id}/doelen",
                opJeugdige(
                        Actie.WIJZIGEN,
                        j -> mvc.post()
                                .uri("/toegang/jeugdigen/" + j.id() + "/doelen")
                                .param("doel", "Weer naar school")
                                .param("afgesprokenMet", "Lotte")
                                .param("gemeente", "0153")
                                .param("evaluatiedatum", "2026-06-01")));
        d.put("POST /toegang/jeugdigen/{id}/doelen/{doel}/evaluatie", opJeugdige(Actie.WIJZIGEN, j -> {
            String doel = json(mvc.post()
                            .uri(pad(j) + "/doelen")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(DOEL)
                            .with(TOEGANG)
                            .with(csrf())
                            .exchange())
                    .get("id")
                    .asString();
            return mvc.post()
                    .uri("/toegang/jeugdigen/" + j.id() + "/doelen/" + doel + "/evaluatie")
                    .param("uitkomst", "BEHAALD");
        }));
        d.put(
                "GET /toegang/hulpvragen/{id}",
                opHulpvraag(Actie.RAADPLEGEN, (j, h) -> mvc.get().uri("/toegang/hulpvragen/" + h)));
        d.put("POST /toegang/hulpvragen/{id}/triage", opHulpvraag(Actie.WIJZIGEN, (j, h) -> {
            MockMvcRequestBuilder verzoek = mvc.post().uri("/toegang/hulpvragen/" + h + "/triage");
            for (String domein : List.of(
                    "opvoeding",
                    "ontwikkeling",
                    "gezondheid",
                    "school",
                    "veiligheid",
                    "netwerk",
                    "financien",
                    "wonen")) {
                verzoek = verzoek.param("ernst-" + domein, "1");
            }
            return verzoek.param("rol-1", "jeugdige").param("naam-1", "Lotte").param("urgentie", "normaal");
        }));
        d.put(
                "POST /toegang/hulpvragen/{id}/toestemming",
                opHulpvraag(
                        Actie.WIJZIGEN,
                        (j, h) -> mvc.post()
                                .uri("/toegang/hulpvragen/" + h + "/toestemming")
                                .param("door", "moeder")));
        d.put(
                "POST /toegang/hulpvragen/{id}/besluit",
                opHulpvraag(
                        Actie.AANMAKEN,
                        (j, h) -> mvc.post()
                                .uri("/toegang/hulpvragen/" + h + "/besluit")
                                .param("besluit", "AFGEWEZEN")
                                .param("motivering", "Het lokaal team helpt zelf.")));
        d.put("GET /toegang/beschikkingen/{id}/pdf", opHulpvraag(Actie.AFDRUKKEN, (j, h) -> {
            String beschikking = json(mvc.post()
                            .uri("/api/v1/hulpvragen/" + h + "/besluit")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(AFWIJZING)
                            .with(TOEGANG)
                            .with(csrf())
                            .exchange())
                    .get("id")
                    .asString();
            return mvc.get().uri("/toegang/beschikkingen/" + beschikking + "/pdf");
        }));
    }

    private static final String DOEL = """
            {"gemeente": "0153", "omschrijving": "Sanne gaat weer elke dag naar school",
             "afgesprokenMet": "Sanne en haar moeder", "evaluatiedatum": "2026-06-01"}""";

    private static final String TRIAGE = """
            {"domeinen": {"opvoeding": {"ernst": 2}, "ontwikkeling": {"ernst": 1}, "gezondheid": {"ernst": 1},
               "school": {"ernst": 2}, "veiligheid": {"ernst": 0}, "netwerk": {"ernst": 1}, "financien": {"ernst": 0},
               "wonen": {"ernst": 0}},
             "veiligheid": {"thuisVeilig": true}, "urgentie": "normaal",
             "deelnemers": [{"rol": "jeugdige", "naam": "Lotte", "inbreng": "Ik wil naar school"}]}""";

    private static final String AFWIJZING = """
            {"besluit": "afwijzen", "motivering": "Het lokaal team helpt zelf; een individuele voorziening is niet nodig."}""";

    private Dekking opJeugdige(Actie actie, Function<Jeugdige, MockMvcRequestBuilder> verzoek) {
        return doorToegang(this::ingeschreven, Jeugdige::bsn, actie, verzoek);
    }

    private Dekking opHulpvraag(
            Actie actie, java.util.function.BiFunction<Jeugdige, String, MockMvcRequestBuilder> verzoek) {
        return Dekking.gelogd(() -> {
            Jeugdige j = ingeschreven();
            String hulpvraag = json(mvc.post()
                            .uri("/api/v1/hulpvragen")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(hulpvraag(j))
                            .with(TOEGANG)
                            .with(csrf())
                            .exchange())
                    .get("id")
                    .asString();
            return new Verwachting(
                    j.bsn(),
                    "toegang",
                    actie,
                    () -> verzoek.apply(j, hulpvraag).with(TOEGANG).with(csrf()).exchange());
        });
    }

    /** A jeugdige of 13 in Enschede, with an address, registered as the system would. */
    private Jeugdige ingeschreven() {
        Bsn bsn = nieuweJeugdige();
        register.legVast(
                ENSCHEDE,
                bsn,
                new Persoonsgegevens(
                        LocalDate.of(2012, 11, 3),
                        null,
                        Geslacht.VROUWELIJK,
                        "Bakker",
                        null,
                        null,
                        null,
                        "Lotte",
                        null,
                        null,
                        new Persoonsgegevens.Adres("Oude Markt", 3, null, null, "7511GA", "Enschede")));
        Jeugdige jeugdige = register.metBsn(bsn).orElseThrow();
        mvc.post()
                .uri(pad(jeugdige) + "/gezinsleden")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"relatie\": \"vader\", \"naam\": \"Kees Bakker\", \"gezag\": true}")
                .with(TOEGANG)
                .with(csrf())
                .exchange();
        return jeugdige;
    }

    private static String pad(Jeugdige j) {
        return "/api/v1/jeugdigen/" + j.id();
    }

    private static String inschrijving(Bsn bsn) {
        return """
                {"bsn": "%s", "voornamen": "Lotte", "achternaam": "Bakker", "geboortedatum": "2012-11-03",
                 "geslacht": "2", "gemeente": "0153",
                 "adres": {"straat": "Oude Markt", "huisnummer": 3, "postcode": "7511GA", "plaats": "Enschede"}}""".formatted(bsn.value());
    }

    private static String hulpvraag(Jeugdige j) {
        return """
                {"jeugdige": "%s", "route": "lokaal-team", "omschrijving": "Schoolverzuim", "urgentie": "normaal"}""".formatted(j.id());
    }

    private static tools.jackson.databind.JsonNode json(MvcTestResult antwoord) {
        try {
            return tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree(antwoord.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Werkitem verzoek() {
        Bsn bsn = nieuweJeugdige();
        Berichtenketen keten = keten(aanbieder());
        keten.ontvang(keten.verzoekOmToewijzing(
                bsn, "V" + UUID.randomUUID().toString().substring(0, 8), INGANG, EIND));
        keten.verwerk();
        return verzoeken.werkvoorraad(Set.of(ENSCHEDE)).stream()
                .filter(w -> w.client().equals(bsn))
                .findFirst()
                .orElseThrow();
    }

    private UUID ontvangenStart(ToegewezenProduct t) {
        Berichtenketen keten = keten(t.aanbieder());
        UUID id = keten.ontvang(keten.start(t.client(), t.nummer().value(), INGANG, INGANG));
        keten.verwerk();
        return id;
    }
}
