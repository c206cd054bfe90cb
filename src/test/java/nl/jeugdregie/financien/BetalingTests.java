package nl.jeugdregie.financien;

import static nl.jeugdregie.Testgebruikers.als;
import static nl.jeugdregie.Testgebruikers.metRol;
import static nl.jeugdregie.financien.FinancienFixtures.HAAKSBERGEN;
import static nl.jeugdregie.financien.FinancienFixtures.LOSSER;
import static nl.jeugdregie.financien.FinancienFixtures.UURTARIEF;
import static nl.jeugdregie.financien.FinancienFixtures.prestatie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.Testgebruikers;
import nl.jeugdregie.declaratie.Beoordeling;
import nl.jeugdregie.declaratie.DeclaratieService;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Tabel;
import nl.jeugdregie.platform.Werkblad;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment of declaraties on hand-made declaraties of one aanbieder per test (clock: Monday 2 March 2026): the
 * amount to pay is the sum of the approved prestaties with credit lines subtracted, the export holds exactly those
 * prestaties, marking paid is idempotent and corrected only with a reason, and every user sees only its gemeenten.
 */
@JeugdregieTest
class BetalingTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestPostProcessor BACKOFFICE = metRol("BACKOFFICE");
    private static final RequestPostProcessor TOEGANG_LOSSER = als("toegang-losser", "TOEGANG", LOSSER.value());

    @Autowired
    MockMvcTester mvc;

    @Autowired
    BetalingService betalingen;

    @Autowired
    DeclaratieService declaraties;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    JdbcClient jdbc;

    /**
     * Three declaraties of one new aanbieder to {@code gemeente} for March 2026, on a toewijzing of 10 hours a week:
     * {@code debet} 40 hours approved; {@code correctie} crediting those 40 hours, 45 hours approved and 51 hours
     * rejected; {@code afgewezen} only a rejected line.
     */
    record Drie(AgbCode aanbieder, Bsn client, long debet, long correctie, long afgewezen) {}

    private Drie drieDeclaraties(GemeenteCode gemeente) {
        AgbCode aanbieder = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        ToegewezenProduct t = FinancienFixtures.tienUurPerWeek(toewijzingen, gemeente, aanbieder);
        Bsn bsn = t.client();
        String eerste = FinancienFixtures.referentie();
        Beoordeling debet = declaraties.beoordeel(FinancienFixtures.declaratie(
                gemeente, aanbieder, List.of(prestatie(eerste, null, bsn, t, 40, DebetCredit.DEBET))));
        assertThat(debet.afgewezen()).isEmpty();
        Beoordeling correctie = declaraties.beoordeel(FinancienFixtures.declaratie(
                gemeente,
                aanbieder,
                List.of(
                        prestatie(FinancienFixtures.referentie(), eerste, bsn, t, 40, DebetCredit.CREDIT),
                        prestatie(FinancienFixtures.referentie(), null, bsn, t, 45, DebetCredit.DEBET),
                        prestatie(FinancienFixtures.referentie(), null, bsn, t, 51, DebetCredit.DEBET))));
        assertThat(correctie.afgewezen()).hasSize(1);
        Beoordeling afgewezen = declaraties.beoordeel(FinancienFixtures.declaratie(
                gemeente,
                aanbieder,
                List.of(prestatie(FinancienFixtures.referentie(), null, bsn, t, 51, DebetCredit.DEBET))));
        assertThat(afgewezen.afgewezen()).hasSize(1);
        return new Drie(aanbieder, bsn, debet.declaratieId(), correctie.declaratieId(), afgewezen.declaratieId());
    }

    @Test
    void amountToPayIsTheSumOfApprovedPrestatiesAndTheExportRowsEqualThem() {
        Drie d = drieDeclaraties(LOSSER);

        List<Betaaldeclaratie> gevonden = FinancienFixtures.alsBackoffice(() -> betalingen
                .zoek(new Betalingsfilter(LOSSER, d.aanbieder(), null, null), new Paginering(1, 10))
                .items());

        assertThat(gevonden)
                .extracting(Betaaldeclaratie::id)
                .containsExactlyInAnyOrder(d.debet(), d.correctie(), d.afgewezen());
        Betaaldeclaratie debet = vind(gevonden, d.debet());
        Betaaldeclaratie correctie = vind(gevonden, d.correctie());
        Betaaldeclaratie afgewezen = vind(gevonden, d.afgewezen());
        // 40 hours at € 84,00; then -40 + 45 hours; the 51 hours are rejected and not paid.
        assertThat(debet.teBetalen()).isEqualTo(UURTARIEF.maal(40)).isEqualTo(new Bedrag(336_000));
        assertThat(correctie.teBetalen()).isEqualTo(UURTARIEF.maal(5)).isEqualTo(new Bedrag(42_000));
        assertThat(correctie.afgewezen()).isEqualTo(UURTARIEF.maal(51));
        assertThat(correctie.aantalGoedgekeurd()).isEqualTo(2);
        assertThat(afgewezen.teBetalen()).isEqualTo(Bedrag.NUL);
        assertThat(afgewezen.status()).isEqualTo(Betaalstatus.NIETS_GOEDGEKEURD);
        assertThat(debet.status()).isEqualTo(Betaalstatus.TE_BETALEN);
        for (Betaaldeclaratie b : gevonden) {
            assertThat(b.teBetalen())
                    .as("declaratie %s", b.declaratienummer())
                    .isEqualTo(Bedrag.som(b.prestaties().stream()
                            .filter(Betaalprestatie::goedgekeurd)
                            .map(Betaalprestatie::bedrag)
                            .toList()));
        }
        Betaalprestatie credit = correctie.prestaties().stream()
                .filter(Betaalprestatie::credit)
                .findFirst()
                .orElseThrow();
        assertThat(credit.bedrag()).isEqualTo(UURTARIEF.maal(40).negatief());
        assertThat(credit.vorigReferentienummer())
                .isEqualTo(debet.prestaties().get(0).referentienummer());
        Betaalprestatie teVeel = correctie.prestaties().stream()
                .filter(p -> !p.goedgekeurd())
                .findFirst()
                .orElseThrow();
        assertThat(teVeel.retourcodes()).isNotEmpty();

        // The export: one row per approved prestatie of the declaraties to pay, adding up to their amounts.
        MvcTestResult export = mvc.get()
                .uri("/financien/betaling/export.csv?gemeente=0168&aanbieder="
                        + d.aanbieder().value())
                .with(BACKOFFICE)
                .exchange();
        assertThat(export).hasStatusOk();
        String csv = tekst(export);
        assertThat(csv).doesNotContain(d.client().value());
        List<String[]> rijen = csvRijen(csv);
        assertThat(rijen).hasSize(3);
        Map<String, Bedrag> perDeclaratie = new LinkedHashMap<>();
        for (String[] rij : rijen) {
            assertThat(rij[0]).isEqualTo("0168");
            assertThat(rij[2]).isEqualTo(d.aanbieder().value());
            assertThat(rij[3]).isEqualTo("Aanbieder " + d.aanbieder().value());
            assertThat(rij[11]).isEqualTo(FinancienFixtures.PRODUCT);
            assertThat(rij[16]).isEqualTo("Uur (04)");
            perDeclaratie.merge(rij[4], Bedrag.euro(new java.math.BigDecimal(rij[18])), Bedrag::plus);
            assertThat(rij[19]).isEqualTo(d.aanbieder().value() + "-" + rij[4]);
        }
        assertThat(perDeclaratie)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        debet.declaratienummer(), debet.teBetalen(),
                        correctie.declaratienummer(), correctie.teBetalen()));
        assertThat(rijen.stream().filter(r -> r[17].equals("C")).map(r -> r[18]).toList())
                .containsExactly("-3360.00");
        long goedgekeurd = jdbc.sql("select coalesce(sum(bedrag_eurocent), 0) from declaratie.v_prestaties"
                        + " where aanbieder = :agb and goedgekeurd")
                .param("agb", d.aanbieder().value())
                .query(Long.class)
                .single();
        assertThat(Bedrag.som(perDeclaratie.values())).isEqualTo(new Bedrag(goedgekeurd));

        MvcTestResult xlsx = mvc.get()
                .uri("/financien/betaling/export.xlsx?aanbieder="
                        + d.aanbieder().value())
                .with(BACKOFFICE)
                .exchange();
        assertThat(xlsx).hasStatusOk().hasContentType(Tabel.XLSX);
        List<String[]> xlsxRijen = rijen(Werkblad.lees(xlsx.getResponse().getContentAsByteArray()));
        assertThat(xlsxRijen).hasSize(3);
        assertThat(xlsxRijen.stream()
                        .map(r -> Bedrag.euro(new java.math.BigDecimal(r[18])))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(rijen.stream()
                        .map(r -> Bedrag.euro(new java.math.BigDecimal(r[18])))
                        .toList());
    }

    @Test
    void markingPaidIsIdempotentRefusesOtherDataWithoutACorrectionAndNothingApproved() {
        Drie d = drieDeclaraties(LOSSER);
        String betaling = "/api/v1/declaraties/" + d.debet() + "/betaling";

        JsonNode betaald = json(post(betaling, "{\"betaaldatum\": \"2026-03-02\", \"betaalkenmerk\": \"BATCH-7\"}"));
        assertThat(betaald.get("status").asString()).isEqualTo("betaald");
        assertThat(betaald.get("betaling").get("eurocent").asLong()).isEqualTo(336_000L);
        assertThat(betaald.get("betaling").get("door").asString()).isEqualTo("backoffice");
        assertThat(post(betaling, "{\"betaaldatum\": \"2026-03-02\", \"betaalkenmerk\": \"BATCH-7\"}"))
                .hasStatusOk();
        assertThat(versies(d.debet())).isEqualTo(1);

        MvcTestResult anders = post(betaling, "{\"betaaldatum\": \"2026-03-01\", \"betaalkenmerk\": \"BATCH-8\"}");
        assertThat(anders).hasStatus(HttpStatus.CONFLICT);
        assertThat(tekst(anders)).contains("al betaald op 02-03-2026 met kenmerk BATCH-7");
        assertThat(versies(d.debet())).isEqualTo(1);

        JsonNode gecorrigeerd = json(post(
                betaling,
                "{\"betaaldatum\": \"2026-03-01\", \"betaalkenmerk\": \"BATCH-8\","
                        + " \"correctiereden\": \"Verkeerde batch opgegeven\"}"));
        assertThat(gecorrigeerd.get("betaling").get("versie").asInt()).isEqualTo(2);
        assertThat(gecorrigeerd.get("betaling").get("betaalkenmerk").asString()).isEqualTo("BATCH-8");
        assertThat(versies(d.debet())).isEqualTo(2);

        MvcTestResult nietsTeBetalen = post(
                "/api/v1/declaraties/" + d.afgewezen() + "/betaling",
                "{\"betaaldatum\": \"2026-03-02\", \"betaalkenmerk\": \"BATCH-7\"}");
        assertThat(nietsTeBetalen).hasStatus(HttpStatus.CONFLICT);
        assertThat(tekst(nietsTeBetalen)).contains("geen goedgekeurde prestaties");
        assertThat(versies(d.afgewezen())).isZero();

        MvcTestResult fout = post(
                "/api/v1/declaraties/" + d.correctie() + "/betaling",
                "{\"betaaldatum\": \"2026-03-03\", \"betaalkenmerk\": \"\"}");
        assertThat(fout).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("application/problem+json");
        assertThat(json(fout).get("invalidParams")).hasSize(2);
        assertThat(versies(d.correctie())).isZero();

        // Paid ones are apart: no longer to pay, nor in the export.
        assertThat(ids(json(mvc.get()
                        .uri("/api/v1/declaraties?status=te-betalen&aanbieder="
                                + d.aanbieder().value())
                        .with(BACKOFFICE)
                        .exchange())))
                .containsExactly(d.correctie());
        assertThat(ids(json(mvc.get()
                        .uri("/api/v1/declaraties?status=betaald&aanbieder="
                                + d.aanbieder().value())
                        .with(BACKOFFICE)
                        .exchange())))
                .containsExactly(d.debet());
        assertThat(csvRijen(tekst(mvc.get()
                        .uri("/financien/betaling/export.csv?aanbieder="
                                + d.aanbieder().value())
                        .with(BACKOFFICE)
                        .exchange())))
                .hasSize(2);
    }

    @Test
    void apiFiltersAndEachDeclaratieCarriesItsPrestatiesAndBeoordeling() {
        Drie d = drieDeclaraties(LOSSER);

        MvcTestResult alle = mvc.get()
                .uri("/api/v1/declaraties?gemeente=0168&periode=2026-03&aanbieder="
                        + d.aanbieder().value() + "&pageSize=2")
                .with(BACKOFFICE)
                .exchange();
        assertThat(alle).hasStatusOk().hasHeader("X-Total-Count", "3");
        assertThat(alle.getResponse().getHeader("Link")).contains("rel=\"next\"");
        assertThat(json(alle)).hasSize(2);

        JsonNode correctie = json(mvc.get()
                        .uri("/api/v1/declaraties?status=te-betalen&aanbieder="
                                + d.aanbieder().value())
                        .with(BACKOFFICE)
                        .exchange())
                .valueStream()
                .filter(j -> j.get("id").asLong() == d.correctie())
                .findFirst()
                .orElseThrow();
        assertThat(correctie.get("teBetalenEurocent").asLong()).isEqualTo(42_000L);
        assertThat(correctie.get("afgewezenEurocent").asLong()).isEqualTo(428_400L);
        assertThat(correctie.get("aanbiedernaam").asString())
                .isEqualTo("Aanbieder " + d.aanbieder().value() + " ("
                        + d.aanbieder().value() + ")");
        List<String> uitkomsten = new ArrayList<>();
        correctie
                .get("prestaties")
                .forEach(p -> uitkomsten.add(p.get("debetCredit").asString() + " "
                        + p.get("bedragEurocent").asLong() + " "
                        + p.get("beoordeling").get("uitkomst").asString()));
        assertThat(uitkomsten)
                .containsExactlyInAnyOrder("C -336000 goedgekeurd", "D 378000 goedgekeurd", "D 428400 afgewezen");
        JsonNode afwijzing = correctie
                .get("prestaties")
                .valueStream()
                .filter(p -> p.get("beoordeling").get("uitkomst").asString().equals("afgewezen"))
                .findFirst()
                .orElseThrow()
                .get("beoordeling")
                .get("retourcodes")
                .get(0);
        assertThat(afwijzing.get("code").asString()).matches("[0-9]{4}");
        assertThat(afwijzing.get("omschrijving").asString()).isNotBlank();

        assertThat(json(mvc.get()
                        .uri("/api/v1/declaraties?periode=2026-04&aanbieder="
                                + d.aanbieder().value())
                        .with(BACKOFFICE)
                        .exchange()))
                .isEmpty();
    }

    @Test
    void apiIsScopedToTheUsersGemeentenAndRefusesBadInputWithProblemJson() {
        Drie losser = drieDeclaraties(LOSSER);
        Drie haaksbergen = drieDeclaraties(HAAKSBERGEN);

        assertThat(ids(json(mvc.get()
                        .uri("/api/v1/declaraties?aanbieder="
                                + losser.aanbieder().value())
                        .with(TOEGANG_LOSSER)
                        .exchange())))
                .hasSize(3);
        assertThat(json(mvc.get()
                        .uri("/api/v1/declaraties?aanbieder="
                                + haaksbergen.aanbieder().value())
                        .with(TOEGANG_LOSSER)
                        .exchange()))
                .isEmpty();
        assertThat(mvc.get().uri("/api/v1/declaraties?gemeente=0158").with(TOEGANG_LOSSER))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/api/v1/declaraties/" + losser.debet() + "/betaling")
                        .with(TOEGANG_LOSSER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"betaaldatum\": \"2026-03-02\", \"betaalkenmerk\": \"X\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        RequestPostProcessor backofficeLosser = als("backoffice-losser", "BACKOFFICE", LOSSER.value());
        assertThat(ids(json(mvc.get()
                        .uri("/api/v1/declaraties?aanbieder="
                                + haaksbergen.aanbieder().value())
                        .with(backofficeLosser)
                        .exchange())))
                .hasSize(3);
        assertThat(mvc.get().uri("/api/v1/declaraties").with(Testgebruikers.aanbiederVan(losser.aanbieder())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/declaraties").with(metRol("ANALIST"))).hasStatus(HttpStatus.FORBIDDEN);

        MvcTestResult fout = mvc.get()
                .uri("/api/v1/declaraties?status=onbekend&periode=2026-13&aanbieder=123")
                .with(BACKOFFICE)
                .exchange();
        assertThat(fout).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("application/problem+json");
        List<String> velden = new ArrayList<>();
        json(fout).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        assertThat(velden).containsExactly("aanbieder", "periode", "status");
        assertThat(mvc.get().uri("/api/v1/declaraties?periode=11-2026").with(BACKOFFICE))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyText()
                .contains("verwacht jjjj-mm");
    }

    @Test
    void pageShowsAmountsAndBeoordelingAndMarksPaid() {
        Drie d = drieDeclaraties(LOSSER);
        String nummer = FinancienFixtures.alsBackoffice(() -> betalingen.declaratie(d.correctie()))
                .declaratienummer();

        assertThat(mvc.get()
                        .uri("/financien/betaling?status=alle&aanbieder="
                                + d.aanbieder().value())
                        .with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains(nummer)
                .contains("€ 420,00")
                .contains("€ 3.360,00")
                .contains("Niets goedgekeurd, niet te betalen")
                .contains("Afgewezen:")
                .contains("Als betaald markeren");

        assertThat(mvc.post()
                        .uri("/financien/betaling")
                        .param("declaratie", Long.toString(d.debet()), Long.toString(d.correctie()))
                        .param("betaaldatum", "2026-03-02")
                        .param("betaalkenmerk", "EXPORT-2026-03")
                        .param("aanbieder", d.aanbieder().value())
                        .with(BACKOFFICE)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry(
                        "succes",
                        "2 declaraties zijn als betaald vastgelegd op 02-03-2026 met kenmerk EXPORT-2026-03, samen"
                                + " € 3.780,00.");
        assertThat(mvc.post()
                        .uri("/financien/betaling")
                        .param("declaratie", Long.toString(d.afgewezen()))
                        .param("betaaldatum", "2026-03-02")
                        .param("betaalkenmerk", "EXPORT-2026-03")
                        .with(BACKOFFICE)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsKey("fout");
        assertThat(mvc.get()
                        .uri("/financien/betaling?status=betaald&aanbieder="
                                + d.aanbieder().value())
                        .with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains("Betaald op 02-03-2026, kenmerk EXPORT-2026-03")
                .contains(nummer);

        assertThat(mvc.get().uri("/financien/betaling?status=alle").with(TOEGANG_LOSSER))
                .hasStatusOk()
                .bodyText()
                .contains(nummer)
                .doesNotContain("Als betaald markeren");
        assertThat(mvc.get().uri("/financien/betaling?periode=maart").with(BACKOFFICE))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("verwacht jjjj-mm");
    }

    @Test
    void theWholeSelectionOfTheExportIsMarkedPaidOnlyAsTheUserSawIt() {
        Drie d = drieDeclaraties(LOSSER);
        assertThat(mvc.get()
                        .uri("/financien/betaling?gemeente=0168&aanbieder="
                                + d.aanbieder().value())
                        .with(BACKOFFICE))
                .hasStatusOk()
                .bodyText()
                .contains("Te betalen in deze selectie (de export): 2 declaraties, samen € 3.780,00.")
                .contains("alle 2 te betalen declaraties, samen € 3.780,00");

        assertThat(selectieBetaald(d, "1", "336000"))
                .flash()
                .containsEntry(
                        "fout",
                        "Niets als betaald gemarkeerd. De selectie is veranderd sinds u haar zag: nu 2 te betalen"
                                + " declaraties, samen € 3.780,00; bekijk haar opnieuw.");
        assertThat(versies(d.debet()) + versies(d.correctie())).isZero();

        assertThat(selectieBetaald(d, "2", "378000"))
                .flash()
                .containsEntry(
                        "succes",
                        "2 declaraties zijn als betaald vastgelegd op 02-03-2026 met kenmerk BATCH-LOSSER, samen"
                                + " € 3.780,00.");
        assertThat(versies(d.debet())).isEqualTo(1);
        assertThat(versies(d.correctie())).isEqualTo(1);
        assertThat(versies(d.afgewezen())).isZero();
    }

    private MvcTestResult selectieBetaald(Drie d, String aantal, String eurocent) {
        return mvc.post()
                .uri("/financien/betaling")
                .param("selectie", "ja")
                .param("selectieAantal", aantal)
                .param("selectieEurocent", eurocent)
                .param("betaaldatum", "2026-03-02")
                .param("betaalkenmerk", "BATCH-LOSSER")
                .param("gemeente", "0168")
                .param("aanbieder", d.aanbieder().value())
                .with(BACKOFFICE)
                .with(csrf())
                .exchange();
    }

    private MvcTestResult post(String uri, String body) {
        return mvc.post()
                .uri(uri)
                .with(BACKOFFICE)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private int versies(long declaratie) {
        return jdbc.sql("select count(*) from financien.betaling where declaratie_id = :id")
                .param("id", declaratie)
                .query(Integer.class)
                .single();
    }

    private static Betaaldeclaratie vind(List<Betaaldeclaratie> lijst, long id) {
        return lijst.stream().filter(b -> b.id() == id).findFirst().orElseThrow();
    }

    private static List<Long> ids(JsonNode lijst) {
        List<Long> ids = new ArrayList<>();
        lijst.forEach(j -> ids.add(j.get("id").asLong()));
        return ids;
    }

    /** The data rows of an export (CSV or XLSX), without its header, each cell as text ("" when empty). */
    private static List<String[]> csvRijen(String csv) {
        return rijen(Werkblad.csv(csv));
    }

    private static List<String[]> rijen(List<Werkblad.Rij> blad) {
        return blad.stream()
                .skip(1)
                .map(r -> {
                    String[] cellen = new String[20];
                    for (int i = 0; i < cellen.length; i++) {
                        cellen[i] = r.cel(i) == null ? "" : r.cel(i);
                    }
                    return cellen;
                })
                .toList();
    }

    private static String tekst(MvcTestResult antwoord) {
        try {
            return antwoord.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(MvcTestResult antwoord) {
        try {
            return JSON.readTree(tekst(antwoord));
        } catch (RuntimeException e) {
            throw new IllegalStateException(tekst(antwoord), e);
        }
    }
}
