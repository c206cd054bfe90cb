package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.ijw.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@JeugdregieTest
class BerichtenverkeerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Verwerkingsplanner verwerker;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aanbiederSendsAStartAndFetchesItsRetour() {
        MvcTestResult antwoord = stuur("aanbieder", Startberichten.start("START-1"));
        assertThat(antwoord).hasStatus(HttpStatus.ACCEPTED).headers().containsHeader("Location");
        UUID id = id(antwoord);
        assertThat(status(id)).isEqualTo("ONTVANGEN");

        assertThat(verwerker.verwerkWachtende()).isGreaterThanOrEqualTo(1);

        assertThat(status(id)).isEqualTo("VERWERKT");
        UUID retour = retourVan(id);
        assertThat(mvc.get().uri("/api/v1/berichten?richting=uit&type=JW306").with(httpBasic("aanbieder", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].id")
                .asArray()
                .contains(retour.toString());
        MvcTestResult inhoud = mvc.get()
                .uri("/api/v1/berichten/" + retour + "/inhoud")
                .with(httpBasic("aanbieder", "demo"))
                .exchange();
        assertThat(inhoud).hasStatusOk();
        byte[] xml = inhoud.getResponse().getContentAsByteArray();
        assertThat(Validator.standaard().valideer(new ByteArrayInputStream(xml)).geldig())
                .isTrue();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("jw306", "START-1");
        assertThat(status(retour)).isEqualTo("KLAAR");
        assertThat(mvc.post().uri("/api/v1/berichten/" + retour + "/opgehaald").with(httpBasic("aanbieder", "demo")))
                .hasStatusOk();
        assertThat(status(retour)).isEqualTo("OPGEHAALD");
    }

    @Test
    void sameIdentificatieAgainGetsRetourcode9056AndChangesNothing() {
        UUID eerste = id(stuur("aanbieder", Startberichten.start("START-2")));
        verwerker.verwerkWachtende();
        MvcTestResult tweede = stuur("aanbieder", Startberichten.start("START-2"));
        assertThat(tweede)
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("DUBBEL");
        verwerker.verwerkWachtende();

        UUID retour = retourVan(id(tweede));
        String xml = new String(
                jdbc.sql("select inhoud from berichtenverkeer.bericht where id = :id")
                        .param("id", retour)
                        .query(byte[].class)
                        .single(),
                StandardCharsets.UTF_8);
        assertThat(xml).contains("9056");
        assertThat(status(eerste)).isEqualTo("VERWERKT");
        assertThat(aantalRetouren(eerste)).isEqualTo(1);
    }

    @Test
    void notXmlIsRefusedAsProblemAndRecorded() {
        long voor = aantalFoutrecords();
        assertThat(stuur("aanbieder", "dit is geen xml".getBytes(StandardCharsets.UTF_8)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .extractingPath("$.foutcode")
                .isEqualTo("ONLEESBAAR");
        assertThat(aantalFoutrecords()).isEqualTo(voor + 1);
    }

    @Test
    void wrongNamespaceIsRefused() {
        byte[] anders = new String(Startberichten.start("NS-1"), StandardCharsets.UTF_8)
                .replace("jw305/schema", "jw999/schema")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(stuur("aanbieder", anders)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void messageOverTwentyFiveMegabytesIsRefusedBeforeItIsRead() {
        byte[] groot = new byte[Berichtenbus.MAXIMALE_GROOTTE + 1];
        assertThat(stuur("aanbieder", groot))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("groter dan 25 MB");
    }

    @Test
    void messageForAGemeenteOutsideTheRegionIsRefused() {
        assertThat(stuur("aanbieder", Startberichten.start("99000001", "0363", "AMS-1", "999990019")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("0363", "JZ14");
        assertThat(aantalMet("AMS-1")).isZero();
    }

    @Test
    void aanbiederCannotSendInAnothersName() {
        assertThat(stuur("aanbieder", Startberichten.start("99000002", "0153", "ANDER-1", "999990019")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(aantalMet("ANDER-1")).isZero();
    }

    @Test
    void schemaErrorsAreRefusedWithoutRetour() {
        byte[] fout = Startberichten.start("99000001", "0153", "XSD-1", "12345678A");
        assertThat(stuur("aanbieder", fout))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.foutcode")
                .isEqualTo("XSD");
        assertThat(aantalMet("XSD-1")).isZero();
    }

    @Test
    void levelTwoErrorsGetARetourWith0001() {
        UUID id = id(stuur("aanbieder", Startberichten.start("99000001", "0153", "ELF-1", "123456789")));
        verwerker.verwerkWachtende();
        assertThat(status(id)).isEqualTo("AFGEKEURD");
        String xml = new String(
                jdbc.sql("select inhoud from berichtenverkeer.bericht where id = :id")
                        .param("id", retourVan(id))
                        .query(byte[].class)
                        .single(),
                StandardCharsets.UTF_8);
        assertThat(xml).contains("0001");
    }

    @Test
    void aanbiederSeesOnlyItsOwnMessages() {
        UUID id = id(mvc.post()
                .uri("/api/v1/berichten")
                .with(Aanmelding.aanbieder("99000003"))
                .contentType(MediaType.APPLICATION_XML)
                .content(Startberichten.start("99000003", "0153", "DERDE-1", "999990019"))
                .exchange());
        assertThat(mvc.get().uri("/api/v1/berichten/" + id).with(httpBasic("aanbieder", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/berichten?richting=in").with(httpBasic("aanbieder", "demo")))
                .bodyJson()
                .extractingPath("$[*].afzender")
                .asArray()
                .doesNotContain("99000003");
        assertThat(mvc.get().uri("/api/v1/berichten/" + id).with(httpBasic("backoffice", "demo")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/berichten").with(httpBasic("toegang", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"backoffice", "beheerder"})
    void onlyTheAanbiederItselfSubmitsThroughTheApi(String gebruiker) {
        assertThat(stuur(gebruiker, Startberichten.start("99000001", "0153", "NAMENS-API-" + gebruiker, "999990019")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Alleen een aanbieder biedt berichten aan");
        assertThat(aantalMet("NAMENS-API-" + gebruiker)).isZero();
        assertThat(stuur("toegang", Startberichten.start("99000001", "0153", "NAMENS-API-T", "999990019")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(aantalMet("NAMENS-API-T")).isZero();
    }

    @Test
    void backofficeCannotUploadOnBehalfOfAnAanbiederOnThePage() {
        MockMultipartFile bestand = new MockMultipartFile(
                "bestand",
                "jw323.xml",
                "application/xml",
                Startberichten.start("99000001", "0153", "NAMENS-PAGINA", "999990019"));

        assertThat(mvc.post()
                        .uri("/berichten")
                        .multipart()
                        .file(bestand)
                        .with(Aanmelding.backoffice())
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains(
                        "Het bericht is niet aangeboden", "Alleen een aanbieder biedt berichten aan", "iJw-validator");
        assertThat(aantalMet("NAMENS-PAGINA")).isZero();
        // The validator stays open to the backoffice: it checks without submitting.
        assertThat(mvc.post()
                        .uri("/ijw/validatie")
                        .multipart()
                        .file(bestand)
                        .with(Aanmelding.backoffice())
                        .with(csrf()))
                .hasStatusOk();
        assertThat(aantalMet("NAMENS-PAGINA")).isZero();
        // The page offers the upload to the aanbieder only.
        assertThat(mvc.get().uri("/berichten").with(Aanmelding.backoffice()))
                .bodyText()
                .doesNotContain("Aanbieden")
                .contains("iJw-validator");
    }

    @Test
    void aanbiederUploadsItsOwnMessageOnThePage() {
        MvcTestResult antwoord = mvc.post()
                .uri("/berichten")
                .multipart()
                .file(new MockMultipartFile(
                        "bestand",
                        "start.xml",
                        "application/xml",
                        Startberichten.start("99000001", "0153", "EIGEN-PAGINA", "999990019")))
                .with(Aanmelding.aanbieder("99000001"))
                .with(csrf())
                .exchange();
        assertThat(antwoord).hasStatus(HttpStatus.FOUND);
        assertThat(aantalMet("EIGEN-PAGINA")).isEqualTo(1);
    }

    private MvcTestResult stuur(String gebruiker, byte[] inhoud) {
        return mvc.post()
                .uri("/api/v1/berichten")
                .with(httpBasic(gebruiker, "demo"))
                .contentType(MediaType.APPLICATION_XML)
                .content(inhoud)
                .exchange();
    }

    private static UUID id(MvcTestResult antwoord) {
        String locatie = antwoord.getResponse().getHeader("Location");
        return UUID.fromString(locatie.substring(locatie.lastIndexOf('/') + 1));
    }

    private String status(UUID id) {
        return jdbc.sql("select status from berichtenverkeer.bericht where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private UUID retourVan(UUID heen) {
        return jdbc.sql("select id from berichtenverkeer.bericht where heenbericht = :id")
                .param("id", heen)
                .query(UUID.class)
                .single();
    }

    private long aantalRetouren(UUID heen) {
        return jdbc.sql("select count(*) from berichtenverkeer.bericht where heenbericht = :id")
                .param("id", heen)
                .query(Long.class)
                .single();
    }

    private long aantalMet(String identificatie) {
        return jdbc.sql("select count(*) from berichtenverkeer.bericht where identificatie = :i")
                .param("i", identificatie)
                .query(Long.class)
                .single();
    }

    private long aantalFoutrecords() {
        return jdbc.sql("select count(*) from berichtenverkeer.foutrecord")
                .query(Long.class)
                .single();
    }
}
