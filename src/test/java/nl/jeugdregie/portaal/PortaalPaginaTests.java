package nl.jeugdregie.portaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The portal in the browser's requests: the toewijzing in words, its acknowledgement, the start and stop forms with a
 * refusal shown on the form, one message per form however often it is sent, and nothing of another aanbieder.
 */
@JeugdregieTest
class PortaalPaginaTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

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
    void theOverviewShowsTheToewijzingInWordsAndItsAcknowledgementSendsAJw302() {
        assertThat(mvc.get().uri("/portaal").with(Testgebruikers.aanbiederVan(aanbieder)))
                .hasStatusOk()
                .bodyText()
                .contains("L. de Vries")
                .contains("04-05-2014")
                .contains("4 uur per week")
                .contains("02-02-2026 t/m 31-08-2026")
                .contains("Toewijzing " + toewijzing.nummer())
                .contains("Bevestigen");

        UUID jw301 =
                jdbc.sql("""
                        select id from berichtenverkeer.bericht
                         where richting = 'UIT' and berichttype = 'JW301' and ontvanger = :agb""").param("agb", aanbieder.value()).query(UUID.class).single();
        for (int klik = 0; klik < 2; klik++) {
            assertThat(mvc.post()
                            .uri("/portaal/toewijzingsberichten/{id}/bevestigen", jw301)
                            .with(Testgebruikers.aanbiederVan(aanbieder)))
                    .hasStatus3xxRedirection();
        }
        fixtures.verwerk();

        assertThat(jdbc.sql("select status from berichtenverkeer.bericht where id = :id")
                        .param("id", jw301)
                        .query(String.class)
                        .single())
                .isEqualTo("BEVESTIGD");
        assertThat(aantal("JW302")).isEqualTo(1);
    }

    @Test
    void theStartFormSendsOneMessageHoweverOftenItIsSent() {
        String pad = "/portaal/toewijzingen/0153/" + toewijzing.nummer();
        assertThat(mvc.get().uri(pad).with(Testgebruikers.aanbiederVan(aanbieder)))
                .hasStatusOk()
                .bodyText()
                .contains("Startbericht versturen")
                .contains("Nog niet gestart");

        for (int klik = 0; klik < 2; klik++) {
            assertThat(mvc.post()
                            .uri(pad + "/start")
                            .with(Testgebruikers.aanbiederVan(aanbieder))
                            .param("sleutel", "formulier-1")
                            .param("wijze", "MELDEN")
                            .param("begindatum", "2026-02-09"))
                    .hasStatus3xxRedirection()
                    .hasRedirectedUrl(pad);
        }
        fixtures.verwerk();

        assertThat(aantal("JW305")).isEqualTo(1);
        assertThat(mvc.get().uri(pad).with(Testgebruikers.aanbiederVan(aanbieder)))
                .bodyText()
                .contains("09-02-2026")
                .contains("Stopbericht versturen")
                .contains("Voortijdig afgesloten: eenzijdig door de client. (32)")
                .contains("niet meer verschijnen");
    }

    @Test
    void aStopTheGemeenteWouldRejectIsShownOnTheFormWithItsRetourcodeAndNotSent() {
        String pad = "/portaal/toewijzingen/0153/" + toewijzing.nummer();
        mvc.post()
                .uri(pad + "/start")
                .with(Testgebruikers.aanbiederVan(aanbieder))
                .param("sleutel", "formulier-2")
                .param("wijze", "MELDEN")
                .param("begindatum", "2026-02-09")
                .exchange();
        fixtures.verwerk();

        assertThat(mvc.post()
                        .uri(pad + "/stop")
                        .with(Testgebruikers.aanbiederVan(aanbieder))
                        .param("sleutel", "formulier-3")
                        .param("wijze", "MELDEN")
                        .param("begindatum", "2026-02-09")
                        .param("einddatum", "2026-02-01")
                        .param("reden", "31"))
                .hasStatusOk()
                .bodyText()
                .contains("Controleer de invoer")
                .contains("Retourcode");
        assertThat(aantal("JW307")).isZero();
    }

    @Test
    void anotherAanbiederNeitherSeesNorSendsOnTheToewijzing() {
        AgbCode ander = PortaalFixtures.nieuweAanbieder();
        String pad = "/portaal/toewijzingen/0153/" + toewijzing.nummer();

        assertThat(mvc.get().uri(pad).with(Testgebruikers.aanbiederVan(ander))).hasStatus(404);
        assertThat(mvc.get().uri("/portaal").with(Testgebruikers.aanbiederVan(ander)))
                .bodyText()
                .doesNotContain("L. de Vries")
                .doesNotContain(toewijzing.nummer().toString());
        assertThat(mvc.post()
                        .uri(pad + "/start")
                        .with(Testgebruikers.aanbiederVan(ander))
                        .param("sleutel", "formulier-4")
                        .param("wijze", "MELDEN")
                        .param("begindatum", "2026-02-09"))
                .hasStatus(404);
        assertThat(jdbc.sql("select count(*) from berichtenverkeer.bericht where afzender = :agb")
                        .param("agb", ander.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(mvc.get().uri("/portaal").with(Testgebruikers.als("backoffice", "BACKOFFICE", "0153")))
                .hasStatus(403);
    }

    private long aantal(String type) {
        return jdbc.sql("""
                        select count(*) from berichtenverkeer.bericht
                         where richting = 'IN' and berichttype = :type and afzender = :agb""")
                .param("type", type)
                .param("agb", aanbieder.value())
                .query(Long.class)
                .single();
    }
}
