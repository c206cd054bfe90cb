package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.TimeZone;
import java.util.UUID;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.NieuweToewijzing;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Productaanduiding;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The outbox through the API and the pages: listed per aanbieder, fetched, marked as sent; JW301s waiting for data. */
@JeugdregieTest
class UitgaandeBerichtenTests {

    static final RequestPostProcessor BACKOFFICE = Testgebruikers.als("backoffice", "BACKOFFICE");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ToewijzingService toewijzingen;

    @Test
    void aanbiederListsOnlyItsOwnOutgoingMessages() {
        // The demo region has a toewijzing for aanbieder 99000001 with complete client gegevens: its JW301 is there.
        assertThat(mvc.get().uri("/api/v1/berichten?richting=uit&type=JW301").with(httpBasic("aanbieder", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].ontvanger")
                .asArray()
                .isNotEmpty()
                .containsOnly("99000001");
        assertThat(mvc.get()
                        .uri("/api/v1/berichten?richting=uit&aanbieder=99000002")
                        .with(httpBasic("aanbieder", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].ontvanger")
                .asArray()
                .doesNotContain("99000002");
    }

    @Test
    void backofficeMarksAnOutgoingMessageAsSentOnce() {
        UUID id = nieuwToewijzingsbericht(Startberichten.bsn(701), "Willems");

        assertThat(mvc.post().uri("/api/v1/berichten/" + id + "/verzonden").with(httpBasic("aanbieder", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/v1/berichten/" + id + "/verzonden").with(httpBasic("backoffice", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("VERZONDEN");
        assertThat(mvc.post().uri("/api/v1/berichten/" + id + "/verzonden").with(httpBasic("backoffice", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aanbiederFetchesAToewijzingsberichtAndThenMarksItFetched() {
        UUID id = nieuwToewijzingsbericht(Startberichten.bsn(702), "Peters");

        assertThat(mvc.get().uri("/api/v1/berichten/" + id + "/inhoud").with(httpBasic("aanbieder", "demo")))
                .hasStatusOk()
                .bodyText()
                .contains("jw301", "Peters");
        assertThat(mvc.get().uri("/api/v1/berichten/" + id).with(httpBasic("aanbieder", "demo")))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("KLAAR");
        assertThat(mvc.post().uri("/api/v1/berichten/" + id + "/opgehaald").with(httpBasic("aanbieder", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("OPGEHAALD");
    }

    @Test
    void toewijzingWithoutClientgegevensWaitsUntilTheBackofficeCompletesThem() {
        String bsn = Startberichten.bsn(703);
        ToegewezenProduct toegewezen = toewijzing(bsn);
        assertThat(aantalJw301(toegewezen)).isZero();
        assertThat(mvc.get().uri("/berichten").with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Toewijzingen die wachten op cliëntgegevens",
                        String.valueOf(toegewezen.nummer().value()));

        // A wrong postcode is explained in Dutch and stores nothing.
        assertThat(formulier(bsn, "12AB"))
                .hasStatusOk()
                .bodyText()
                .contains("De gegevens zijn niet vastgelegd", "postcode");
        assertThat(aantalJw301(toegewezen)).isZero();

        assertThat(formulier(bsn, "7511 AB"))
                .hasStatusOk()
                .bodyText()
                .contains("De gegevens van de jeugdige zijn vastgelegd", "Oude Markt 3, 7511AB Enschede");
        assertThat(aantalJw301(toegewezen)).isEqualTo(1);
    }

    @Test
    void aMessageAndItsToewijzingShowTheSameDutchMomentWhateverTheZoneOfTheJvm() {
        String bsn = Startberichten.bsn(705);
        UUID id = nieuwToewijzingsbericht(bsn, "Jacobs");
        ToegewezenProduct t =
                toewijzingen.vanClient(new GemeenteCode("0153"), new Bsn(bsn)).get(0);
        TimeZone eerder = TimeZone.getDefault();
        try {
            // The clock says 09:00 UTC: 10:00 in the Netherlands, whatever the JVM or the database think.
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            assertThat(mvc.get().uri("/berichten/" + id).with(BACKOFFICE))
                    .hasStatusOk()
                    .bodyText()
                    .contains("02-03-2026 10:00", "Enschede (0153)", "Demo Jeugdhulp (99000001)");
            assertThat(mvc.get().uri("/toewijzing/0153/" + t.nummer()).with(BACKOFFICE))
                    .hasStatusOk()
                    .bodyText()
                    .contains("02-03-2026 10:00");
            assertThat(mvc.get().uri("/berichten?richting=UIT&type=JW301").with(BACKOFFICE))
                    .hasStatusOk()
                    .bodyText()
                    .contains("02-03-2026 10:00", "Enschede (0153)", "Demo Jeugdhulp (99000001)")
                    .doesNotContain("02-03-2026 04:00", "02-03-2026 09:00");
        } finally {
            TimeZone.setDefault(eerder);
        }
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult formulier(String bsn, String postcode) {
        return mvc.post()
                .uri("/toewijzing/clienten/gegevens")
                .with(BACKOFFICE)
                .with(csrf())
                .param("gemeente", "0153")
                .param("bsn", bsn)
                .param("achternaam", "Hendriks")
                .param("voorletters", "M.J.")
                .param("geboortedatum", "2013-11-20")
                .param("geslacht", "2")
                .param("naamgebruik", "1")
                .param("straatnaam", "Oude Markt")
                .param("huisnummer", "3")
                .param("postcode", postcode)
                .param("plaatsnaam", "Enschede")
                .exchange();
    }

    private UUID nieuwToewijzingsbericht(String bsn, String achternaam) {
        nl.jeugdregie.jeugdige.Persoonsgegevens gegevens = new nl.jeugdregie.jeugdige.Persoonsgegevens(
                LocalDate.of(2012, 1, 1),
                null,
                nl.jeugdregie.kern.codelijst.Geslacht.vanCode("1"),
                achternaam,
                null,
                null,
                null,
                null,
                "X",
                null,
                new nl.jeugdregie.jeugdige.Persoonsgegevens.Adres("Markt", 1, null, null, "7511AA", "Enschede"));
        clienten.legVast(new GemeenteCode("0153"), new Bsn(bsn), gegevens);
        ToegewezenProduct t = toewijzing(bsn);
        return jdbc.sql("""
                        select id from berichtenverkeer.bericht where richting = 'UIT' and berichttype = 'JW301'
                        and convert_from(inhoud, 'UTF8') like :nummer""")
                .param("nummer", "%<jw301:ToewijzingNummer>" + t.nummer().value() + "<%")
                .query(UUID.class)
                .single();
    }

    @Autowired
    nl.jeugdregie.toewijzing.ClientService clienten;

    private ToegewezenProduct toewijzing(String bsn) {
        return toewijzingen
                .wijsToe(new NieuweToewijzing(
                        new GemeenteCode("0153"),
                        new Bsn(bsn),
                        new AgbCode("99000001"),
                        Productaanduiding.specifiek(Productcategorie.JEUGDHULP_AMBULANT, "45A53"),
                        Periode.van(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 8, 31)),
                        new Omvang(4, Eenheid.UUR, Frequentie.PER_WEEK),
                        null,
                        null))
                .waarde();
    }

    private long aantalJw301(ToegewezenProduct t) {
        return jdbc.sql("""
                        select count(*) from berichtenverkeer.bericht where richting = 'UIT' and berichttype = 'JW301'
                        and convert_from(inhoud, 'UTF8') like :nummer""")
                .param("nummer", "%<jw301:ToewijzingNummer>" + t.nummer().value() + "<%")
                .query(Long.class)
                .single();
    }
}
