package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.UUID;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.toegangslog.Actie;
import nl.jeugdregie.toegangslog.Logregel;
import nl.jeugdregie.toegangslog.Pseudonimisering;
import nl.jeugdregie.toegangslog.Toegangslog;
import nl.jeugdregie.toegangslog.Zoekvraag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Reading a stored message: a download names the file safely whatever the Identificatie holds, a GET changes nothing
 * (marking a message fetched is a POST of its own), and every read and every processing of a message with personal
 * data leaves an entry in the toegangslog.
 */
class BerichtInhoudTests extends BerichtenverkeerContext {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Toegangslog toegangslog;

    @Autowired
    Pseudonimisering pseudonimisering;

    @Test
    void aHostileIdentificatieStaysOneFileNameInEveryDownload() {
        String bsn = Startberichten.bsn(1101);
        UUID id = ontvangen(Startberichten.start("99000001", "0153", "A\";b=\".x", bsn));

        for (MvcTestResult download : List.of(
                mvc.get()
                        .uri("/api/v1/berichten/" + id + "/inhoud")
                        .with(httpBasic("aanbieder", "demo"))
                        .exchange(),
                mvc.get()
                        .uri("/berichten/" + id + "/download")
                        .with(Aanmelding.backoffice())
                        .exchange())) {
            assertThat(download).hasStatusOk();
            String kop = download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
            ContentDisposition bijlage = ContentDisposition.parse(kop);
            assertThat(bijlage.isAttachment()).isTrue();
            assertThat(bijlage.getFilename()).isEqualTo("JW305-A__b=_.x.xml");
            assertThat(kop)
                    .isEqualTo("attachment; filename=\"JW305-A__b=_.x.xml\"; filename*=UTF-8''JW305-A__b%3D_.x.xml");
        }
    }

    @Test
    void fetchingAMessageChangesNothingAndMarkingItFetchedIsAPost() {
        String bsn = Startberichten.bsn(1102);
        UUID heen = ontvangen(Startberichten.start("99000001", "0153", "OPH-1", bsn));
        verwerker.verwerkWachtende();
        UUID retour = opslag.retourVan(heen).orElseThrow().id();

        assertThat(mvc.get().uri("/api/v1/berichten/" + retour + "/inhoud").with(httpBasic("aanbieder", "demo")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/berichten/" + retour + "/download").with(Aanmelding.aanbieder("99000001")))
                .hasStatusOk();
        assertThat(opslag.gegevens(retour).orElseThrow().status()).isEqualTo(Berichtstatus.KLAAR);
        assertThat(mvc.get().uri("/berichten/" + retour).with(Aanmelding.aanbieder("99000001")))
                .bodyText()
                .contains("Markeer als opgehaald");

        // Only the aanbieder it is addressed to marks it, and only an outgoing message.
        assertThat(mvc.post().uri("/api/v1/berichten/" + retour + "/opgehaald").with(httpBasic("backoffice", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/v1/berichten/" + heen + "/opgehaald").with(httpBasic("aanbieder", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post().uri("/api/v1/berichten/" + retour + "/opgehaald").with(httpBasic("aanbieder", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("OPGEHAALD");
        // Asking again changes nothing.
        assertThat(mvc.post().uri("/api/v1/berichten/" + retour + "/opgehaald").with(httpBasic("aanbieder", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("OPGEHAALD");
    }

    @Test
    void theButtonOnThePageMarksAMessageFetched() {
        UUID heen = ontvangen(Startberichten.start("99000001", "0153", "OPH-2", Startberichten.bsn(1103)));
        verwerker.verwerkWachtende();
        UUID retour = opslag.retourVan(heen).orElseThrow().id();

        assertThat(mvc.post()
                        .uri("/berichten/" + retour + "/opgehaald")
                        .with(Aanmelding.aanbieder("99000001"))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .hasEntrySatisfying("succes", s -> assertThat((String) s).contains("gemarkeerd als opgehaald"));
        assertThat(opslag.gegevens(retour).orElseThrow().status()).isEqualTo(Berichtstatus.OPGEHAALD);
    }

    @Test
    void processingAndEveryReadOfAMessageAreLogged() {
        String bsn = Startberichten.bsn(1104);
        String jeugdige = pseudonimisering.pseudoniem(new Bsn(bsn));
        UUID id = ontvangen(Startberichten.start("99000001", "0153", "LOG-1", bsn));
        verwerker.verwerkWachtende();

        List<Logregel> verwerkt = log(Toegangslog.SYSTEEM, Actie.VERWERKEN, jeugdige);
        assertThat(verwerkt).hasSize(1);
        assertThat(verwerkt.get(0).gegevens()).contains("JW305 LOG-1 van aanbieder 99000001");
        assertThat(verwerkt.get(0).toelichting()).contains("verwerking van ontvangen berichten door het platform");
        assertThat(verwerkt.get(0).namens()).isEqualTo("gemeente 0153");
        // The retour the processing made carries the BSN too: the aanbieder reading it is logged as well.
        UUID retour = opslag.retourVan(id).orElseThrow().id();

        mvc.get()
                .uri("/api/v1/berichten/" + retour + "/inhoud")
                .with(httpBasic("aanbieder", "demo"))
                .exchange();
        mvc.get()
                .uri("/berichten/" + id + "/download")
                .with(Aanmelding.backoffice())
                .exchange();

        assertThat(log("aanbieder", Actie.RAADPLEGEN, jeugdige))
                .singleElement()
                .satisfies(r -> assertThat(r.toelichting()).isEqualTo("/api/v1/berichten/" + retour + "/inhoud"));
        assertThat(log("backoffice", Actie.RAADPLEGEN, jeugdige))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.gegevens()).contains("JW305 LOG-1");
                    assertThat(r.toelichting()).isEqualTo("/berichten/" + id + "/download");
                });
    }

    private UUID ontvangen(byte[] bericht) {
        MvcTestResult antwoord = mvc.post()
                .uri("/api/v1/berichten")
                .with(httpBasic("aanbieder", "demo"))
                .contentType(MediaType.APPLICATION_XML)
                .content(bericht)
                .exchange();
        assertThat(antwoord).hasStatus(HttpStatus.ACCEPTED);
        String locatie = antwoord.getResponse().getHeader("Location");
        return UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1));
    }

    private List<Logregel> log(String gebruiker, Actie actie, String jeugdige) {
        return toegangslog
                .zoek(new Zoekvraag(gebruiker, null, null, actie, jeugdige), new Paginering(1, 50))
                .items();
    }
}
