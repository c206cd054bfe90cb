package nl.jeugdregie.toegang.beschikking;

import static nl.jeugdregie.toegang.beschikking.Beschikkingteksten.eenAfwijzing;
import static nl.jeugdregie.toegang.beschikking.Beschikkingteksten.eenToekenning;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BeschikkingPdfTests {

    private static final BeschikkingPdf PDF = new BeschikkingPdf();

    @Test
    void writesTheWholeLetterInDutch() throws IOException {
        String tekst = tekst(PDF.maak(eenToekenning()));

        assertThat(tekst)
                .contains("Gemeente Utrecht", "Postbus 16200 3500 CE Utrecht")
                .contains("Anna de Vries Oudegracht 12 3511 AR Utrecht (ouder met gezag)")
                .contains("Pieter de Vries", "Sem de Vries Oudegracht 12 3511 AR Utrecht (jeugdige)")
                .contains("Datum: 3 december 2026", "Kenmerk: JH-2026-004711")
                .contains("Besluit over jeugdhulp voor Sem de Vries")
                .contains("Beste Anna de Vries, Pieter de Vries en Sem de Vries,")
                .contains(
                        "Op 2 november 2026 heeft u bij ons jeugdhulp aangevraagd voor Sem de Vries, geboren op 14 mei 2013")
                .contains("Uw aanvraag is toegekend.");
    }

    @Test
    void showsTheGrantedHelpWithProductOmvangPeriodeAndAanbieder() throws IOException {
        String tekst = tekst(PDF.maak(eenToekenning()));

        assertThat(tekst)
                .contains("Product Omvang Periode Aanbieder")
                .contains("Ambulante jeugdhulp individueel (productcode 45A53)")
                .contains("4 uur per week", "1 januari 2027 tot en met 30 juni 2027")
                .contains("Stichting Kompas Jeugdhulp (AGB-code 98765432)")
                .contains("Dagbehandeling jeugd (productcode 41A22)", "2 dagdelen per week")
                .contains("Zorggroep De Brug (AGB-code 12345678)");
    }

    @Test
    void givesMotiveringGrondslagAndWhatHappensNext() throws IOException {
        String tekst = tekst(PDF.maak(eenToekenning()));

        assertThat(tekst)
                .contains("Sem heeft moeite om naar school te gaan en trekt zich thuis terug. In het gesprek op")
                .contains("samen Sem het beste helpen.")
                .contains("artikel 2.3, eerste lid, van de Jeugdwet", "individuele voorziening")
                .contains("Verordening jeugdhulp van de gemeente Utrecht")
                .contains("De aanbieder krijgt van ons een toewijzing", "neemt daarna contact met u op");
    }

    @Test
    void givesTheBezwaarclausule() throws IOException {
        String tekst = tekst(PDF.maak(eenToekenning()));

        assertThat(tekst)
                .contains("binnen zes weken na de dagtekening van deze brief (3 december 2026)")
                .contains("college van burgemeester en wethouders van de gemeente Utrecht")
                .contains("uw naam en adres;", "de datum;", "kenmerk JH-2026-004711")
                .contains("de redenen waarom u het niet eens bent", "uw handtekening.")
                .contains("voorzieningenrechter", "voorlopige voorziening")
                .contains("M. Jansen teamleider Jeugd");
    }

    @Test
    void tellsAJeugdigeFromTwelveTheirOwnRights() throws IOException {
        assertThat(tekst(PDF.maak(eenToekenning())))
                .contains("Voor Sem de Vries: jouw rechten", "Je bent 12 jaar of ouder", "zelf bezwaar maken");
        assertThat(tekst(PDF.maak(eenAfwijzing()))).doesNotContain("jouw rechten");
    }

    @Test
    void anAfwijzingHasNoTableOfGrantedHelp() throws IOException {
        byte[] pdf = PDF.maak(eenAfwijzing());

        assertThat(tekst(pdf))
                .contains("Uw aanvraag is afgewezen.", "Er gaat geen toewijzing naar een aanbieder")
                .contains("Wet langdurige zorg")
                .doesNotContain("De jeugdhulp die u krijgt", "productcode", "Aanbieder");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(structuurtypen(document)).doesNotContain("Table", "TH", "TD");
        }
    }

    @Test
    void escapesMarkupInTheText() throws IOException {
        String motivering = "Volgens de school is <b>verzuim</b> & \"spijbelen\" het punt; 'niet' <script>x</script>";

        String tekst = tekst(PDF.maak(
                Beschikkingteksten.zoals(eenToekenning()).motivering(motivering).maak()));

        assertThat(tekst).contains(motivering);
    }

    @Test
    void isTaggedAsPdfUa() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.maak(eenToekenning()))) {
            PDDocumentCatalog catalogus = document.getDocumentCatalog();

            assertThat(catalogus.getStructureTreeRoot()).isNotNull();
            assertThat(catalogus.getMarkInfo()).isNotNull();
            assertThat(catalogus.getMarkInfo().isMarked()).isTrue();
            assertThat(catalogus.getLanguage()).isEqualTo("nl-NL");
            assertThat(catalogus.getViewerPreferences().displayDocTitle()).isTrue();

            String xmp = new String(catalogus.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .containsPattern("pdfuaid:part(>|=\")1")
                    .contains("Besluit over jeugdhulp voor Sem de Vries");
        }
    }

    @Test
    void namesTitleAuthorAndProducerAndDatesItByTheDagtekening() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.maak(eenToekenning()))) {
            var informatie = document.getDocumentInformation();

            assertThat(informatie.getTitle()).isEqualTo("Besluit over jeugdhulp voor Sem de Vries");
            assertThat(informatie.getAuthor()).isEqualTo("Gemeente Utrecht");
            assertThat(informatie.getProducer()).isEqualTo("Jeugdregie");
            Calendar aangemaakt = informatie.getCreationDate();
            assertThat(aangemaakt.toInstant())
                    .isEqualTo(Beschikkingteksten.DAGTEKENING
                            .atStartOfDay(nl.jeugdregie.kern.Notatie.NEDERLAND)
                            .toInstant());
        }
    }

    @Test
    void embedsEveryFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.maak(eenToekenning()))) {
            List<PDFont> lettertypen = new ArrayList<>();
            for (PDPage pagina : document.getPages()) {
                PDResources bronnen = pagina.getResources();
                for (COSName naam : bronnen.getFontNames()) {
                    lettertypen.add(bronnen.getFont(naam));
                }
            }

            assertThat(lettertypen)
                    .isNotEmpty()
                    .allSatisfy(lettertype -> assertThat(lettertype.isEmbedded())
                            .as(lettertype.getName())
                            .isTrue());
        }
    }

    @Test
    void tagsHeadingsTableAndLists() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.maak(eenToekenning()))) {
            assertThat(structuurtypen(document)).contains("H1", "H2", "H3", "Table", "TR", "TH", "TD", "L", "LI");
        }
    }

    @Test
    void marksTheHeaderCellsAsColumnHeaders() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.maak(eenToekenning()))) {
            List<PDStructureElement> kopcellen = elementen(document).stream()
                    .filter(element -> element.getStructureType().equals("TH"))
                    .toList();

            assertThat(kopcellen)
                    .hasSize(4)
                    .allSatisfy(kopcel -> assertThat(kopcel.getCOSObject()
                                    .getCOSDictionary(COSName.A)
                                    .getNameAsString(COSName.getPDFName("Scope")))
                            .isEqualTo("Column"));
        }
    }

    @Test
    void givesTheSameBytesForTheSameText() {
        assertThat(PDF.maak(eenToekenning())).isEqualTo(PDF.maak(eenToekenning()));
    }

    private static String tekst(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<String> structuurtypen(PDDocument document) {
        return elementen(document).stream()
                .map(PDStructureElement::getStructureType)
                .toList();
    }

    private static List<PDStructureElement> elementen(PDDocument document) {
        List<PDStructureElement> elementen = new ArrayList<>();
        verzamel(document.getDocumentCatalog().getStructureTreeRoot(), elementen);
        return elementen;
    }

    private static void verzamel(PDStructureNode knoop, List<PDStructureElement> elementen) {
        for (Object kind : knoop.getKids()) {
            if (kind instanceof PDStructureElement element) {
                elementen.add(element);
                verzamel(element, elementen);
            }
        }
    }
}
