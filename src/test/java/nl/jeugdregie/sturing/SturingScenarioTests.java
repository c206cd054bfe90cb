package nl.jeugdregie.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.berichtenverkeer.Berichtenketen;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.InkoopFixtures;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.Testbsn;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The figures follow the berichtenverkeer: a JW305 through the inbox, a stop with reden 32 and its deletion, an
 * approved JW323, each visible in the indicators within five seconds, without a batch.
 */
@JeugdregieTest
class SturingScenarioTests {

    static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    static final LocalDate BEGIN = LocalDate.of(2026, 2, 2);
    static final Duration VIJF_SECONDEN = Duration.ofSeconds(5);
    static final RequestPostProcessor ANALIST = Testgebruikers.als("anouk", "ANALIST");

    @Autowired
    ApplicationContext context;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    SturingService sturing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    private AgbCode aanbieder;
    private Bsn bsn;
    private ToegewezenProduct toewijzing;
    private Berichtenketen keten;

    @BeforeEach
    void toewijzing() {
        int run = ThreadLocalRandom.current().nextInt(1_000_000);
        aanbieder = new AgbCode(String.format("96%06d", run));
        InkoopFixtures.aanbiederMetContract(
                aanbieders, contracten, aanbieder, "Sturende aanbieder " + aanbieder, "45A48", Bedrag.euro(84));
        bsn = Testbsn.vanaf(300_000_000L + run * 37L);
        toewijzing = toewijzingen
                .wijsToe(new NieuweToewijzing(
                        ENSCHEDE,
                        bsn,
                        aanbieder,
                        Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A48"),
                        Periode.van(BEGIN, LocalDate.of(2026, 12, 31)),
                        new Omvang(10, Eenheid.UUR, Frequentie.PER_WEEK),
                        null,
                        null))
                .waarde();
        keten = new Berichtenketen(context, aanbieder, ENSCHEDE, "ST" + run);
    }

    private BigDecimal waarde(String indicator, Selectie selectie) {
        return sturing.uitkomst(indicator, selectie)
                .gemeentecel("totaal")
                .map(Cel::teller)
                .orElse(BigDecimal.ZERO);
    }

    private Selectie februari() {
        return new Selectie(ENSCHEDE, Rapportageperiode.van("2026-02"), null, null, null, aanbieder.value(), null);
    }

    private void ontvangEnVerwerk(byte[] bericht) {
        keten.ontvang(bericht);
        keten.verwerk();
    }

    @Test
    void aStartThroughTheInboxMovesTheFiguresWithinFiveSeconds() {
        assertThat(waarde("trajecten-begonnen", februari())).isEqualByComparingTo("0");

        ontvangEnVerwerk(keten.start(bsn, toewijzing.nummer().value(), BEGIN, BEGIN));

        await().atMost(VIJF_SECONDEN)
                .untilAsserted(() -> assertThat(jdbc.sql("select count(*) from sturing.traject where aanbieder = :a")
                                .param("a", aanbieder.value())
                                .query(Long.class)
                                .single())
                        .isEqualTo(1L));
        // One jeugdige is below the minimum cell: the figure is there, suppressed, never shown as 1.
        Indicatoruitkomst u = sturing.uitkomst("trajecten-begonnen", februari());
        assertThat(u.gemeentecel("totaal"))
                .hasValueSatisfying(c -> assertThat(c.onderdrukt()).isTrue());
        Long wachtdagen = jdbc.sql("select wachtdagen from sturing.traject where aanbieder = :a")
                .param("a", aanbieder.value())
                .query(Long.class)
                .single();
        // The toewijzing was made on the clock's day (2 March) for care that began on 2 February: the read model keeps
        // the signed difference, the indicator counts care that began before its toewijzing as 0 days of waiting.
        assertThat(wachtdagen).isEqualTo(-28L);
    }

    @Test
    void aStopAndItsDeletionMoveUitvalBackAndForth() {
        ontvangEnVerwerk(keten.start(bsn, toewijzing.nummer().value(), BEGIN, BEGIN));
        ontvangEnVerwerk(keten.stop(bsn, toewijzing.nummer().value(), BEGIN, BEGIN, "32", BEGIN));
        await().atMost(VIJF_SECONDEN).untilAsserted(() -> assertThat(reden()).isEqualTo("32"));

        ontvangEnVerwerk(keten.verwijderStop(bsn, toewijzing.nummer().value(), BEGIN, BEGIN, "32", BEGIN));
        await().atMost(VIJF_SECONDEN).untilAsserted(() -> assertThat(reden()).isEqualTo("lopend"));
    }

    private String reden() {
        return jdbc.sql("select coalesce(reden_beeindiging, 'lopend') from sturing.traject where aanbieder = :a")
                .param("a", aanbieder.value())
                .query(String.class)
                .optional()
                .orElse("geen");
    }

    @Test
    void anApprovedDeclaratieAddsItsAmountToTheMonthOfCare() {
        ontvangEnVerwerk(keten.start(bsn, toewijzing.nummer().value(), BEGIN, BEGIN));
        ontvangEnVerwerk(
                keten.declaratie(bsn, toewijzing.nummer().value(), 8400, BEGIN, LocalDate.of(2026, 2, 28), 10));
        await().atMost(VIJF_SECONDEN)
                .untilAsserted(() -> assertThat(waarde("kosten", februari())).isEqualByComparingTo("840.00"));
        // The judgement counts in the month the gemeente judged it: the clock's day, 2 March.
        Selectie maart =
                new Selectie(ENSCHEDE, Rapportageperiode.van("2026-03"), null, null, null, aanbieder.value(), null);
        assertThat(sturing.uitkomst("declaratieregels-afgewezen", maart).gemeentecel("totaal"))
                .hasValueSatisfying(c -> assertThat(c.waarde()).isEqualByComparingTo("0.0"));
    }

    @Test
    void theApiGivesDefinitionsAndValuesForGemeenteRegioAndNederland() {
        assertThat(mvc.get().uri("/api/v1/indicatoren").with(ANALIST))
                .hasStatusOk()
                .bodyText()
                .contains("\"code\":\"uitval\"", "eenzijdig door de cliënt", "\"eenheid\":\"procent\"");
        assertThat(mvc.get()
                        .uri(
                                "/api/v1/indicatoren/percentage-jongeren-met-jeugdhulp?periode=2026&gemeente=0153&uitsplitsing=hulpvorm")
                        .with(ANALIST))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "\"gemeente\":\"0153\"", "\"regiowaarden\"", "\"nederland\"", "\"uitsplitsing\":\"hulpvorm\"");
    }

    @Test
    void badInputGetsADutchProblem() {
        assertThat(mvc.get()
                        .uri("/api/v1/indicatoren/bestaat-niet?periode=2026&gemeente=0153")
                        .with(ANALIST))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/api/v1/indicatoren/uitval?periode=2026-13&gemeente=0153")
                        .with(ANALIST))
                .hasStatus(400)
                .bodyText()
                .contains("01 tot en met 12");
        assertThat(mvc.get()
                        .uri("/api/v1/indicatoren/kosten?periode=2026&gemeente=0153&uitsplitsing=verwijzer")
                        .with(ANALIST))
                .hasStatus(400)
                .bodyText()
                .contains("kent de uitsplitsing");
        assertThat(mvc.get()
                        .uri("/api/v1/indicatoren/uitval?periode=2026&gemeente=0363")
                        .with(ANALIST))
                .hasStatus(400)
                .bodyText()
                .contains("hoort in 2026 niet bij");
        assertThat(mvc.get().uri("/api/v1/indicatoren").with(Testgebruikers.aanbiederVan(aanbieder)))
                .hasStatus(403);
    }

    @Test
    void thePseudonymisedRowsCarryNoBsnAndAreLoggedAsAnExport() throws Exception {
        ontvangEnVerwerk(keten.start(bsn, toewijzing.nummer().value(), BEGIN, BEGIN));
        await().atMost(VIJF_SECONDEN)
                .until(() -> jdbc.sql("select count(*) from sturing.traject where aanbieder = :a")
                                .param("a", aanbieder.value())
                                .query(Long.class)
                                .single()
                        == 1L);
        var antwoord = mvc.get()
                .uri("/api/v1/sturing/trajecten?periode=2026-03&gemeente=0153")
                .header(HttpHeaders.ACCEPT, "text/csv")
                .with(ANALIST)
                .exchange();
        assertThat(antwoord).hasStatusOk();
        String csv = antwoord.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("jeugdige,gemeente,hulpvorm,productcategorie,productcode,aanbieder,verwijzer,begindatum")
                .contains("," + aanbieder.value() + ",")
                .doesNotContain(bsn.value());
        assertThat(jdbc.sql("""
                        select count(*) from toegangslog.logregel
                         where actie = 'exporteren' and gegevens like 'trajecten (gepseudonimiseerd)%'""").query(Long.class).single()).isPositive();
        assertThat(mvc.get()
                        .uri("/api/v1/sturing/trajecten?periode=2026")
                        .with(Testgebruikers.als("t", "TOEGANG", "0153")))
                .hasStatus(403);
    }

    @Test
    void thePagesShowEveryIndicatorWithItsDefinitionAndExports() {
        assertThat(mvc.get().uri("/sturing?gemeente=0153&periode=2026").with(ANALIST))
                .hasStatusOk()
                .bodyText()
                .contains("Sturingsinformatie", "Jongeren met jeugdhulp", "Uitval", "Regio");
        assertThat(mvc.get()
                        .uri("/sturing/indicatoren/uitval?gemeente=0153&periode=2026&uitsplitsing=hulpvorm")
                        .with(ANALIST))
                .hasStatusOk()
                .bodyText()
                .contains("eenzijdig door de cliënt", "Verloop per maand", "Download als CSV");
        assertThat(mvc.get()
                        .uri("/sturing/indicatoren/kosten/export.xlsx?gemeente=0153&periode=2026")
                        .with(ANALIST))
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(mvc.get()
                        .uri("/sturing/indicatoren/kosten/export.csv?gemeente=0153&periode=2026")
                        .with(ANALIST))
                .hasStatusOk()
                .bodyText()
                .startsWith("indicator,periode,gebied,groep,naam,waarde (euro)");
    }
}
