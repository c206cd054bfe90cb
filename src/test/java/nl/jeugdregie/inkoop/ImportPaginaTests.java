package nl.jeugdregie.inkoop;

import static nl.jeugdregie.Testgebruikers.metRol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import nl.jeugdregie.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** An import on the page: its progress while it runs, then every line with its outcome. */
@JeugdregieTest
class ImportPaginaTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Importen importen;

    @Autowired
    DataSource dataSource;

    String start(String csv) {
        MockMultipartFile bestand =
                new MockMultipartFile("bestand", "feed.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return mvc.post()
                .uri("/wachttijden/import")
                .multipart()
                .file(bestand)
                .with(metRol("INKOOP"))
                .with(csrf())
                .exchange()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void thePageShowsHowFarTheImportIsWhileItRunsAndThenEveryLineWithItsOutcome() throws Exception {
        String csv = """
                agb;aanbod;weken_tot_intake;bevestigd_op
                99000001;Voortgang-een;3;2026-02-20
                99000001;Voortgang-twee;4;2026-02-20
                12345678;Voortgang-drie;5;2026-02-20
                """;
        String adres;
        Importtaak taak;
        try (Connection ander = dataSource.getConnection();
                Statement slot = ander.createStatement()) {
            // another transaction holds the register, so the import waits at its first line
            ander.setAutoCommit(false);
            slot.execute("lock table inkoop.wachttijd in share mode");
            adres = start(csv);
            taak = importen.taak(UUID.fromString(adres.substring(adres.lastIndexOf('/') + 1)))
                    .orElseThrow();
            Importtaak lopend = taak;
            await().atMost(Duration.ofMinutes(1)).until(() -> lopend.verslag().totaal() == 3);
            assertThat(taak.isBezig()).isTrue();
            assertThat(mvc.get().uri(adres).with(metRol("INKOOP")))
                    .hasStatusOk()
                    .bodyText()
                    .contains("0 van 3 regels verwerkt (0%)", "hx-trigger=\"every 1s\"", adres + "/voortgang")
                    .doesNotContain("Regels met hun uitkomst");
            assertThat(mvc.get().uri(adres + "/voortgang").with(metRol("INKOOP")))
                    .hasStatusOk()
                    .doesNotContainHeader("HX-Refresh")
                    .bodyText()
                    .contains("0 van 3 regels verwerkt")
                    .doesNotContain("<html");
            ander.rollback();
        }
        Importtaak klaar = taak;
        await().atMost(Duration.ofMinutes(1)).until(() -> !klaar.isBezig());

        assertThat(mvc.get().uri(adres + "/voortgang").with(metRol("INKOOP")))
                .hasStatusOk()
                .hasHeader("HX-Refresh", "true");
        assertThat(mvc.get().uri(adres).with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Regels met hun uitkomst (3)", "2 regels opgeslagen.")
                .contains("99000001 Demo Jeugdhulp", "Voortgang-een", "Nieuw")
                .contains("12345678", "Voortgang-drie", "AGB-code 12345678 staat niet in het aanbiedersregister")
                .doesNotContain("(geen aanbieder)", "hx-trigger");
        assertThat(mvc.get().uri(adres + "?uitkomst=NIET_GEKOPPELD").with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Regels met hun uitkomst (1)", "Voortgang-drie")
                .doesNotContain("Voortgang-een");
        assertThat(mvc.get().uri(adres).with(metRol("TOEGANG"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aLongReportIsPaged() {
        StringBuilder csv = new StringBuilder("agb;aanbod;weken_tot_intake;bevestigd_op\n");
        for (int i = 1; i <= 120; i++) {
            csv.append("12345678;Pagina-").append(i).append(";3;2026-02-20\n");
        }
        String adres = start(csv.toString());
        Importtaak taak = importen.taak(UUID.fromString(adres.substring(adres.lastIndexOf('/') + 1)))
                .orElseThrow();
        await().atMost(Duration.ofMinutes(1)).until(() -> !taak.isBezig());
        assertThat(mvc.get().uri(adres + "?page=3").with(metRol("INKOOP")))
                .hasStatusOk()
                .bodyText()
                .contains("Pagina 3 van 3", "Pagina-101", "Pagina-120")
                .doesNotContain("Pagina-100<");
        assertThat(mvc.get().uri("/inkoop/importen/" + UUID.randomUUID()).with(metRol("INKOOP")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
