package nl.jeugdregie.portaal;

import static nl.jeugdregie.portaal.PortaalFixtures.ENSCHEDE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;
import javax.xml.transform.stream.StreamSource;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.ijw.Specificatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.Zorgtraject;
import nl.jeugdregie.toewijzing.ZorgtrajectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Start and stop in JSON: each request becomes one exact JW305 or JW307 in the inbox, processed like any message; what
 * the gemeente would reject is refused with its retourcode before anything is sent; a repeated request sends nothing.
 */
@JeugdregieTest
class LeveringenApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ZorgtrajectService zorgtrajecten;

    @Autowired
    JdbcClient jdbc;

    PortaalFixtures fixtures;
    AgbCode aanbieder;
    ToegewezenProduct toewijzing;

    @BeforeEach
    void eenToewijzing() {
        fixtures = new PortaalFixtures(context);
        aanbieder = PortaalFixtures.nieuweAanbieder();
        toewijzing = fixtures.toewijzing(aanbieder);
    }

    @Test
    void startBecomesAJw305ThatPassesTheOfficialXsdAndIsProcessed() throws Exception {
        MvcTestResult antwoord = start(aanbieder, "2026-02-09", null);

        UUID bericht = berichtVan(antwoord);
        assertThat(antwoord.getResponse().getHeader("Location")).isEqualTo("/api/v1/berichten/" + bericht);
        byte[] inhoud = inhoud(bericht);
        Specificatie.schema("JW305").newValidator().validate(new StreamSource(new ByteArrayInputStream(inhoud)));
        assertThat(kanaal(bericht)).isEqualTo("PORTAAL");

        fixtures.verwerk();

        assertThat(status(bericht)).isEqualTo("VERWERKT");
        assertThat(zorgtrajecten.zorgtraject(ENSCHEDE, toewijzing.nummer()).perioden())
                .extracting(Zorgtraject.Periode::begindatum)
                .containsExactly(LocalDate.of(2026, 2, 9));
    }

    @Test
    void aRepeatedRequestSendsOneMessage() {
        UUID eerste = berichtVan(start(aanbieder, "2026-02-09", "klik-1"));
        MvcTestResult tweede = start(aanbieder, "2026-02-09", "klik-1");
        UUID zonderSleutel = berichtVan(start(aanbieder, "2026-02-10", null));
        UUID nogmaalsZonderSleutel = berichtVan(start(aanbieder, "2026-02-10", null));

        assertThat(berichtVan(tweede)).isEqualTo(eerste);
        assertThat(tweede).bodyJson().extractingPath("$.herhaald").isEqualTo(true);
        assertThat(nogmaalsZonderSleutel).isEqualTo(zonderSleutel);
        assertThat(berichtenVan(aanbieder)).isEqualTo(2);
    }

    @Test
    void aStartOnAToewijzingOfAnotherAanbiederIsRefusedWithItsRetourcodeAndNothingIsSent() {
        AgbCode ander = PortaalFixtures.nieuweAanbieder();

        assertThat(start(ander, "2026-02-09", null))
                .hasStatus(400)
                .bodyJson()
                .satisfies(json -> assertThat(json.getJson())
                        .contains("\"code\":\"9019\"")
                        .contains("geen toewijzing " + toewijzing.nummer()));
        assertThat(berichtenVan(ander)).isZero();
    }

    @Test
    void aSecondStartWhileTheFirstRunsIsRefusedByTheGemeentesOwnCheckBeforeSending() {
        berichtVan(start(aanbieder, "2026-02-09", null));
        fixtures.verwerk();

        assertThat(start(aanbieder, "2026-02-16", null))
                .hasStatus(400)
                .bodyJson()
                .satisfies(json -> assertThat(json.getJson())
                        .contains("\"code\":\"9326\"")
                        .contains("TR326")
                        .contains("nog niet gestopt"));
        assertThat(berichtenVan(aanbieder)).isEqualTo(1);
    }

    @Test
    void aStopBeforeTheStartIsRefusedAndAValidStopKeepsItsOutcome() {
        berichtVan(start(aanbieder, "2026-02-09", null));
        fixtures.verwerk();

        assertThat(stop("2026-02-05", "31", null)).hasStatus(400);
        assertThat(berichtenVan(aanbieder)).isEqualTo(1);

        UUID stop = berichtVan(stop("2026-02-27", "31", """
                [{"informant":"jeugdige","verderZonderHulp":"04","tevredenheid":8,"doelen":"bereikt"}]"""));
        fixtures.verwerk();

        assertThat(status(stop)).isEqualTo("VERWERKT");
        assertThat(zorgtrajecten.zorgtraject(ENSCHEDE, toewijzing.nummer()).perioden())
                .extracting(Zorgtraject.Periode::einddatum)
                .containsExactly(LocalDate.of(2026, 2, 27));
        assertThat(jdbc.sql("""
                        select verder_zonder_hulp || ' ' || tevredenheid || ' ' || doelen from portaal.v_uitkomstmetingen
                         where gemeente = '0153' and toewijzingnummer = :nummer""")
                        .param("nummer", toewijzing.nummer().value())
                        .query(String.class)
                        .list())
                .containsExactly("04 8 BEREIKT");
    }

    @Test
    void aStopIsCorrectedAndWithdrawnInOneMessageEach() {
        berichtVan(start(aanbieder, "2026-02-09", null));
        fixtures.verwerk();
        berichtVan(stop("2026-02-27", "31", null));
        fixtures.verwerk();

        UUID correctie = berichtVan(mvc.post()
                .uri("/api/v1/stops")
                .with(Testgebruikers.aanbiederVan(aanbieder))
                .contentType(MediaType.APPLICATION_JSON)
                .content(stopJson("2026-02-20", "34", "corrigeren", null))
                .exchange());
        fixtures.verwerk();

        assertThat(status(correctie)).isEqualTo("VERWERKT");
        assertThat(new String(inhoud(correctie)))
                .contains("StatusAanlevering>3<")
                .contains("StatusAanlevering>1<");
        assertThat(zorgtrajecten.zorgtraject(ENSCHEDE, toewijzing.nummer()).perioden())
                .extracting(Zorgtraject.Periode::einddatum)
                .containsExactly(LocalDate.of(2026, 2, 20));

        UUID intrekking = berichtVan(mvc.post()
                .uri("/api/v1/stops")
                .with(Testgebruikers.aanbiederVan(aanbieder))
                .contentType(MediaType.APPLICATION_JSON)
                .content(stopJson(null, null, "intrekken", null))
                .exchange());
        fixtures.verwerk();

        assertThat(status(intrekking)).isEqualTo("VERWERKT");
        assertThat(zorgtrajecten.zorgtraject(ENSCHEDE, toewijzing.nummer()).perioden())
                .extracting(Zorgtraject.Periode::einddatum)
                .containsOnlyNulls();
    }

    @Test
    void badInputGetsDutchErrorsPerField() {
        assertThat(mvc.post()
                        .uri("/api/v1/stops")
                        .with(Testgebruikers.aanbiederVan(aanbieder))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"gemeente":"0153","toewijzing":%d,"begindatum":"2026-02-09","einddatum":"2026-02-27",
                                 "redenBeeindiging":"99"}""".formatted(toewijzing.nummer().value())))
                .hasStatus(400)
                .bodyJson()
                .satisfies(json -> assertThat(json.getJson()).contains("JZ588"));
        assertThat(mvc.post()
                        .uri("/api/v1/starts")
                        .with(Testgebruikers.als("backoffice", "BACKOFFICE"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gemeente\":\"0153\",\"toewijzing\":1,\"begindatum\":\"2026-02-09\"}"))
                .hasStatus(403);
    }

    private MvcTestResult start(AgbCode wie, String begindatum, String sleutel) {
        var verzoek = mvc.post()
                .uri("/api/v1/starts")
                .with(Testgebruikers.aanbiederVan(wie))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"gemeente":"0153","toewijzing":%d,"begindatum":"%s"}""".formatted(toewijzing.nummer().value(), begindatum));
        if (sleutel != null) {
            verzoek = verzoek.header("Idempotency-Key", sleutel);
        }
        return verzoek.exchange();
    }

    private MvcTestResult stop(String einddatum, String reden, String uitkomsten) {
        return mvc.post()
                .uri("/api/v1/stops")
                .with(Testgebruikers.aanbiederVan(aanbieder))
                .contentType(MediaType.APPLICATION_JSON)
                .content(stopJson(einddatum, reden, null, uitkomsten))
                .exchange();
    }

    private String stopJson(String einddatum, String reden, String wijze, String uitkomsten) {
        return """
                {"gemeente":"0153","toewijzing":%d,"begindatum":"2026-02-09","einddatum":%s,"redenBeeindiging":%s,
                 "wijze":%s,"uitkomsten":%s}""".formatted(
                        toewijzing.nummer().value(),
                        tekst(einddatum),
                        tekst(reden),
                        tekst(wijze),
                        uitkomsten == null ? "[]" : uitkomsten);
    }

    private static String tekst(String waarde) {
        return waarde == null ? "null" : "\"" + waarde + "\"";
    }

    private static UUID berichtVan(MvcTestResult antwoord) {
        try {
            String body = antwoord.getResponse().getContentAsString();
            assertThat(antwoord.getResponse().getStatus()).as(body).isEqualTo(202);
            return UUID.fromString(body.replaceAll(".*\"bericht\":\"([^\"]+)\".*", "$1"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] inhoud(UUID bericht) {
        return jdbc.sql("select inhoud from berichtenverkeer.bericht where id = :id")
                .param("id", bericht)
                .query(byte[].class)
                .single();
    }

    private String status(UUID bericht) {
        return veld(bericht, "status");
    }

    private String kanaal(UUID bericht) {
        return veld(bericht, "kanaal");
    }

    private String veld(UUID bericht, String kolom) {
        return jdbc.sql("select " + kolom + " from berichtenverkeer.bericht where id = :id")
                .param("id", bericht)
                .query(String.class)
                .single();
    }

    private long berichtenVan(AgbCode wie) {
        return jdbc.sql("select count(*) from berichtenverkeer.bericht where richting = 'IN' and afzender = :agb")
                .param("agb", wie.value())
                .query(Long.class)
                .single();
    }
}
