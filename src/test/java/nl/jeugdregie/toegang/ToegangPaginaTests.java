package nl.jeugdregie.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.kern.Testbsn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The toegang pages keep what the worker typed and say in Dutch what is wrong; nothing wrong is stored. */
@JeugdregieTest
class ToegangPaginaTests {

    private static final RequestPostProcessor TOEGANG = Testgebruikers.als("toegang", "TOEGANG", "0153");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBsnFailingTheElevenProofIsShownWithWhatWasTyped() {
        assertThat(mvc.post()
                        .uri("/toegang/jeugdigen")
                        .param("bsn", "123456789")
                        .param("achternaam", "Kok")
                        .param("geboortedatum", "2012-06-14")
                        .param("geslacht", "2")
                        .param("gemeente", "0153")
                        .with(TOEGANG)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("De jeugdige is niet ingeschreven", "elfproef", "value=\"Kok\"");
    }

    @Test
    void anImpossibleDateAndAMaatregelOnTheWrongRouteAreExplained() {
        String bsn = Testbsn.vanaf(100_000_000L + ThreadLocalRandom.current().nextLong(800_000_000L))
                .value();
        assertThat(mvc.post()
                        .uri("/toegang/jeugdigen")
                        .param("bsn", bsn)
                        .param("achternaam", "Kok")
                        .param("geboortedatum", "2012-02-30")
                        .param("geslacht", "2")
                        .param("gemeente", "0153")
                        .with(TOEGANG)
                        .with(csrf()))
                .bodyText()
                .contains("geen bestaande datum");
        assertThat(mvc.post()
                        .uri("/toegang/jeugdigen")
                        .param("bsn", bsn)
                        .param("achternaam", "Kok")
                        .param("geboortedatum", "2012-02-28")
                        .param("geslacht", "2")
                        .param("gemeente", "0153")
                        .with(TOEGANG)
                        .with(csrf()))
                .hasStatus3xxRedirection();
        String id = jdbc.sql("select id::text from jeugdige.jeugdige where bsn = :bsn")
                .param("bsn", bsn)
                .query(String.class)
                .single();
        assertThat(mvc.post()
                        .uri("/toegang/jeugdigen/" + id + "/hulpvragen")
                        .param("route", "lokaal-team")
                        .param("gemeente", "0153")
                        .param("omschrijving", "Zorgen")
                        .param("maatregel", "OTS")
                        .with(TOEGANG)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "De hulpvraag is niet vastgelegd", "gecertificeerde instelling of de rechter", "value=\"OTS\"");
        assertThat(jdbc.sql("select count(*) from toegang.hulpvraag where jeugdige = cast(:id as uuid)")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
