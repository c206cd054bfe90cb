package nl.jeugdregie.financien;

import static nl.jeugdregie.Testgebruikers.als;
import static nl.jeugdregie.Testgebruikers.metRol;
import static nl.jeugdregie.financien.FinancienFixtures.UURTARIEF;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.declaratie.Beoordeling;
import nl.jeugdregie.declaratie.DeclaratieService;
import nl.jeugdregie.inkoop.AanbiederService;
import nl.jeugdregie.inkoop.Aanbiedergegevens;
import nl.jeugdregie.inkoop.ContractService;
import nl.jeugdregie.inkoop.Relatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.platform.Tabel;
import nl.jeugdregie.platform.Werkblad;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.ToewijzingService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The financial picture as a PDF for the gemeenteraad (clock: Monday 2 March 2026), on declaraties, toewijzingen, a
 * begroting and verdeelsleutels made here for Borne and Wierden, which no other test touches: the figures in the text
 * are the approved prestaties and the begroting entered, every total is the sum of its rows, small counts are
 * suppressed, the document is tagged PDF/UA with every font embedded, and it is refused exactly as the page is.
 */
@JeugdregieTest
class RaadsrapportTests {

    private static final GemeenteCode BORNE = new GemeenteCode("0147");
    private static final GemeenteCode WIERDEN = new GemeenteCode("0189");
    private static final RequestPostProcessor BACKOFFICE = metRol("BACKOFFICE");
    private static final Pattern BEDRAG = Pattern.compile("€ -?[0-9.]+,[0-9]{2}");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ToewijzingService toewijzingen;

    @Autowired
    AanbiederService aanbieders;

    @Autowired
    ContractService contracten;

    @Autowired
    DeclaratieService declaraties;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsTheBegrotingRealisatieAndTotalsOfTheGemeenteAsEntered() throws IOException {
        // Five jeugdigen with 10, 20, 30, 40 and 25 approved hours in March; 51 more hours for the first are rejected.
        AgbCode aanbieder = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        List<ToegewezenProduct> toegewezen = new ArrayList<>();
        long[] uren = {10, 20, 30, 40, 25};
        for (long u : uren) {
            ToegewezenProduct t = FinancienFixtures.tienUurPerWeek(toewijzingen, BORNE, aanbieder);
            toegewezen.add(t);
            assertThat(declareer(BORNE, aanbieder, t, u).afgewezen()).isEmpty();
        }
        assertThat(declareer(BORNE, aanbieder, toegewezen.get(0), 51).afgewezen())
                .hasSize(1);
        begroot("""
                {"toelichting": "Raadsbesluit 12 november", "regels": [
                  {"taakveld": "6.72b", "hulpvorm": "02", "eurocent": 25000000},
                  {"taakveld": "6.73a", "hulpvorm": "11", "eurocent": 4000000}]}""");
        assertThat(mvc.put()
                        .uri("/api/v1/verdeling/2026/sleutels")
                        .with(BACKOFFICE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toelichting\": \"Regionaal overleg\", \"sleutels\": [{\"deel\": \"overig\","
                                + " \"naarGebruik\": \"100\"}]}"))
                .hasStatusOk();

        MvcTestResult antwoord = mvc.get()
                .uri("/financien/rapport.pdf?gemeente=0147&jaar=2026")
                .with(BACKOFFICE)
                .exchange();

        assertThat(antwoord).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(antwoord.getResponse().getHeader("Content-Disposition"))
                .contains("financien-gemeenteraad-0147-2026.pdf");
        byte[] pdf = antwoord.getResponse().getContentAsByteArray();
        String tekst = tekst(pdf);
        long goedgekeurd = jdbc.sql(
                        "select sum(bedrag_eurocent) from declaratie.v_prestaties"
                                + " where gemeente = '0147' and goedgekeurd and begindatum between '2026-01-01' and '2026-12-31'")
                .query(Long.class)
                .single();
        Bedrag realisatie = UURTARIEF.maal(10 + 20 + 30 + 40 + 25);
        assertThat(new Bedrag(goedgekeurd)).isEqualTo(realisatie).isEqualTo(new Bedrag(1_050_000));

        assertThat(tekst)
                .contains("Financiën jeugdzorg Borne (0147) 2026")
                .contains("gerekend op 02-03-2026")
                .contains("Begroting: Primitieve begroting (versie 1), vastgelegd op 02-03-2026 (Raadsbesluit 12"
                        + " november).")
                .contains("Zo leest u dit rapport", "Verplichtingen", "Band", "Saldo")
                .contains("Gemaakt op 2 maart 2026.");

        // Per hulpvorm: ambulant carries the begroting, the realisatie and what was rejected; pleegzorg only its
        // begroting; the total row is the sum of the rows, column by column.
        List<Bedrag> ambulant = bedragen(regel(tekst, "Zonder verblijf: ambulant (02)"));
        assertThat(ambulant).hasSize(9);
        assertThat(ambulant.get(0)).isEqualTo(Bedrag.euro(250_000));
        assertThat(ambulant.get(1)).isEqualTo(realisatie);
        assertThat(ambulant.get(2)).isEqualTo(UURTARIEF.maal(51));
        // Five toewijzingen of 10 hours a week from 2 March: ISO weeks 10 to 53, 44 weeks at € 84 each.
        assertThat(ambulant.get(3)).isEqualTo(UURTARIEF.maal(5 * 10 * 44));
        assertThat(ambulant.get(5))
                .isEqualTo(ambulant.get(1).plus(ambulant.get(3)).plus(ambulant.get(4)));
        assertThat(ambulant.get(6)).isLessThanOrEqualTo(ambulant.get(5));
        assertThat(ambulant.get(7)).isGreaterThanOrEqualTo(ambulant.get(5));
        assertThat(ambulant.get(8)).isEqualTo(ambulant.get(0).min(ambulant.get(5)));
        List<Bedrag> pleegzorg = bedragen(regel(tekst, "Met verblijf: pleegzorg (11)"));
        assertThat(pleegzorg.get(0)).isEqualTo(Bedrag.euro(40_000));
        List<List<Bedrag>> rijen = rijenVoorTotaal(tekst);
        List<Bedrag> totaal = bedragen(regel(tekst, "Totaal € "));
        assertThat(totaal.get(0)).isEqualTo(Bedrag.euro(290_000));
        for (int kolom = 0; kolom < 9; kolom++) {
            int k = kolom;
            assertThat(totaal.get(kolom))
                    .as("kolom " + kolom)
                    .isEqualTo(Bedrag.som(rijen.stream().map(r -> r.get(k)).toList()));
        }

        // Realisatie per maand: the bars and the table carry the same amount for March, and the year adds up.
        assertThat(tekst)
                .containsPattern("maart 2026 € 10\\.500,00.*maart 2026 € 10\\.500,00")
                .contains("februari 2026 € 0,00");

        // Per jeugdige: € 10.500,00 over five jeugdigen.
        assertThat(tekst).contains("Borne (0147) € 10.500,00 5 € 2.100,00");
        assertThat(tekst).containsPattern("Nederland € [0-9.]+,[0-9]{2} \\(20[0-9]{2}\\)");

        // Verdeling: overig naar werkelijk gebruik, so the share is exactly what Borne's own jeugdigen cost.
        assertThat(tekst)
                .contains("Verdeelsleutels versie")
                .contains("Jeugdhulp zonder verblijf en overig (overig) 100 % naar werkelijk gebruik")
                .containsPattern("100 % naar werkelijk gebruik [0-9,]+ % € 10\\.500,00 € 10\\.500,00 € 0,00");
    }

    @Test
    void suppressesFewJeugdigenAndSaysWhatIsMissing() throws IOException {
        AgbCode aanbieder = FinancienFixtures.aanbiederMetContract(aanbieders, contracten);
        for (long u : new long[] {12, 8}) {
            ToegewezenProduct t = FinancienFixtures.tienUurPerWeek(toewijzingen, WIERDEN, aanbieder);
            assertThat(declareer(WIERDEN, aanbieder, t, u).afgewezen()).isEmpty();
        }
        AgbCode zonderContract = new AgbCode("95" + String.format("%06d", (int) (System.nanoTime() % 1_000_000)));
        aanbieders.voegToe(new Aanbiedergegevens(
                zonderContract, null, "Zonder contract", Relatie.REGULIER, null, null, List.of()));
        FinancienFixtures.tienUurPerWeek(toewijzingen, WIERDEN, zonderContract);

        String tekst = tekst(mvc.get()
                .uri("/financien/rapport.pdf?gemeente=0189&jaar=2026")
                .with(als("toegang-wierden", "TOEGANG", WIERDEN.value()))
                .exchange()
                .getResponse()
                .getContentAsByteArray());
        String leeg = tekst(mvc.get()
                .uri("/financien/rapport.pdf?gemeente=0189&jaar=2031")
                .with(BACKOFFICE)
                .exchange()
                .getResponse()
                .getContentAsByteArray());

        assertThat(tekst)
                .contains("Financiën jeugdzorg Wierden (0189) 2026")
                .contains("Voor 2026 is nog geen begroting vastgelegd")
                .contains("Zonder verblijf: ambulant (02) (1 toewijzing zonder contracttarief) € 0,00 € 1.680,00")
                .contains("Wierden (0189) € 1.680,00 minder dan 5 onderdrukt");
        assertThat(leeg)
                .contains("Financiën jeugdzorg Wierden (0189) 2031")
                .contains("Voor 2031 heeft de regio geen verdeelsleutels vastgelegd")
                .contains("Geen begroting, declaraties of toewijzingen in dit jaar.")
                .contains("Totaal € 0,00 € 0,00 € 0,00 € 0,00 € 0,00 € 0,00 € 0,00 – € 0,00 € 0,00");
    }

    @Test
    void isTaggedAsPdfUa() throws IOException {
        byte[] pdf = mvc.get()
                .uri("/financien/rapport.pdf?gemeente=0147&jaar=2026")
                .with(BACKOFFICE)
                .exchange()
                .getResponse()
                .getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalogus = document.getDocumentCatalog();
            assertThat(catalogus.getStructureTreeRoot()).isNotNull();
            assertThat(catalogus.getMarkInfo().isMarked()).isTrue();
            assertThat(catalogus.getLanguage()).isEqualTo("nl-NL");
            assertThat(catalogus.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new String(catalogus.getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .containsPattern("pdfuaid:part(>|=\")1")
                    .contains("Financiën jeugdzorg Borne (0147) 2026");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Financiën jeugdzorg Borne (0147) 2026");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Jeugdregie, jeugdregio Twente");
            for (PDPage pagina : document.getPages()) {
                PDResources bronnen = pagina.getResources();
                for (COSName naam : bronnen.getFontNames()) {
                    assertThat(bronnen.getFont(naam).isEmbedded())
                            .as(bronnen.getFont(naam).getName())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void isRefusedAsThePageIs() {
        RequestPostProcessor haaksbergen = als("toegang-haaksbergen", "TOEGANG", "0158");

        assertThat(mvc.get()
                        .uri("/financien/rapport.pdf?gemeente=0147&jaar=2026")
                        .with(haaksbergen))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/financien/rapport.pdf?gemeente=0158&jaar=2026")
                        .with(haaksbergen))
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/financien/rapport.pdf?gemeente=0999&jaar=2026")
                        .with(BACKOFFICE))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/financien/rapport.pdf?gemeente=0147&jaar=twintig")
                        .with(BACKOFFICE))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Jaar &#39;twintig&#39; is geen jaartal");
        assertThat(mvc.get()
                        .uri("/financien/rapport.pdf?gemeente=0147&jaar=2026")
                        .with(metRol("INKOOP")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void exportsTheVersionsAndLinesOfABegroting() {
        assertThat(
                        mvc.put()
                                .uri("/api/v1/begrotingen/0189/2027")
                                .with(BACKOFFICE)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"regels\": [{\"taakveld\": \"6.72b\", \"hulpvorm\": \"02\", \"eurocent\": 100000}]}"))
                .hasStatusOk();
        assertThat(mvc.put()
                        .uri("/api/v1/begrotingen/0189/2027")
                        .with(BACKOFFICE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toelichting\": \"Wijziging\", \"regels\": [{\"taakveld\": \"6.72b\", \"hulpvorm\":"
                                + " \"02\", \"eurocent\": 150000}, {\"taakveld\": \"6.73a\", \"hulpvorm\": \"11\","
                                + " \"eurocent\": 2500}]}"))
                .hasStatusOk();

        MvcTestResult export = mvc.get()
                .uri("/financien/begroting/export.xlsx?gemeente=0189&jaar=2027")
                .with(metRol("ANALIST"))
                .exchange();

        assertThat(export).hasStatusOk().hasContentType(Tabel.XLSX);
        List<Werkblad.Rij> blad = Werkblad.lees(export.getResponse().getContentAsByteArray());
        assertThat(blad.get(0).cel(0)).isEqualTo("Versie");
        List<String> rijen = blad.stream()
                .skip(1)
                .map(r -> String.join(
                        "|", r.cel(0), r.cel(1), r.cel(5), cel(r, 6), cel(r, 7), cel(r, 8), cel(r, 9), cel(r, 10)))
                .toList();
        assertThat(rijen)
                .containsExactly(
                        "1|Primitieve begroting|Regel|6.72b Jeugdhulp behandeling|Zonder verblijf: ambulant (02)|1000||",
                        "1|Primitieve begroting|Wijziging|6.72b Jeugdhulp behandeling|Zonder verblijf: ambulant (02)||0|1000",
                        "1|Primitieve begroting|Totaal|||1000||",
                        "2|Begrotingswijziging|Regel|6.72b Jeugdhulp behandeling|Zonder verblijf: ambulant (02)|1500||",
                        "2|Begrotingswijziging|Regel|6.73a Pleegzorg|Met verblijf: pleegzorg (11)|25||",
                        "2|Begrotingswijziging|Wijziging|6.72b Jeugdhulp behandeling|Zonder verblijf: ambulant (02)||1000|1500",
                        "2|Begrotingswijziging|Wijziging|6.73a Pleegzorg|Met verblijf: pleegzorg (11)||0|25",
                        "2|Begrotingswijziging|Totaal|||1525||");
        assertThat(mvc.get()
                        .uri("/financien/begroting/export.xlsx?gemeente=0189&jaar=2027")
                        .with(als("toegang-haaksbergen", "TOEGANG", "0158")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private static String cel(Werkblad.Rij rij, int kolom) {
        return rij.cel(kolom) == null ? "" : rij.cel(kolom);
    }

    private void begroot(String json) {
        assertThat(mvc.put()
                        .uri("/api/v1/begrotingen/0147/2026")
                        .with(BACKOFFICE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .hasStatusOk();
    }

    private Beoordeling declareer(GemeenteCode gemeente, AgbCode aanbieder, ToegewezenProduct t, long uren) {
        return declaraties.beoordeel(FinancienFixtures.declaratie(
                gemeente,
                aanbieder,
                List.of(FinancienFixtures.prestatie(
                        FinancienFixtures.referentie(), null, t.client(), t, uren, DebetCredit.DEBET))));
    }

    /** The text of the PDF with every run of white space (the no-break space too) as one space. */
    private static String tekst(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    /** The text from {@code begin} up to the next row of the table (the next name after its last amount). */
    private static String regel(String tekst, String begin) {
        int van = tekst.indexOf(begin);
        assertThat(van).as(begin).isNotNegative();
        return tekst.substring(van, Math.min(tekst.length(), van + 400));
    }

    /** The nine amounts of a row of the summary: eight columns, the band counting as two. */
    private static List<Bedrag> bedragen(String regel) {
        List<Bedrag> bedragen = new ArrayList<>();
        Matcher m = BEDRAG.matcher(regel);
        while (bedragen.size() < 9 && m.find()) {
            bedragen.add(bedrag(m.group()));
        }
        return bedragen;
    }

    private static Bedrag bedrag(String tekst) {
        String cijfers = tekst.replace("€ ", "").replace(".", "").replace(",", "");
        return new Bedrag(Long.parseLong(cijfers));
    }

    /** Every row of the summary per hulpvorm: the text between its header row and its total, nine amounts a row. */
    private static List<List<Bedrag>> rijenVoorTotaal(String tekst) {
        int begin = tekst.indexOf("Band (laag – hoog) Saldo");
        int eind = tekst.indexOf("Totaal € ", begin);
        assertThat(begin).isNotNegative();
        List<Bedrag> alle = new ArrayList<>();
        Matcher m = BEDRAG.matcher(tekst.substring(begin, eind));
        while (m.find()) {
            alle.add(bedrag(m.group()));
        }
        assertThat(alle).hasSizeGreaterThanOrEqualTo(18);
        assertThat(alle.size() % 9).isZero();
        List<List<Bedrag>> rijen = new ArrayList<>();
        for (int i = 0; i < alle.size(); i += 9) {
            rijen.add(alle.subList(i, i + 9));
        }
        return rijen;
    }
}
