package nl.jeugdregie.portaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.platform.Tabel;
import org.junit.jupiter.api.Test;

/** Reading a file of prestaties: CSV in its variants, XLSX, and every kind of error in Dutch with row and column. */
class PrestatiebestandTests {

    static final String BSN = "999993653";

    @Test
    void readsSemicolonCsvWithBomDutchDatesAndEuroAmounts() {
        Prestatiebestand.Inhoud inhoud = Prestatiebestand.lees(("\uFEFF" + Prestatiebestand.KOPREGEL + "\r\n"
                        + BSN + ";123;45A48;01-02-2026;28-02-2026;12;04;€ 1.008,00;D;\r\n"
                        + BSN + ";123;;2026-01-01;2026-01-31;4;;580,00;C;JR77\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(inhoud.fouten()).isEmpty();
        assertThat(inhoud.rijen()).hasSize(2);
        Prestatiebestand.Rij eerste = inhoud.rijen().get(0);
        assertThat(eerste.rij()).isEqualTo(2);
        assertThat(eerste.bsn().value()).isEqualTo(BSN);
        assertThat(eerste.toewijzingnummer()).isEqualTo(123);
        assertThat(eerste.productcode()).isEqualTo("45A48");
        assertThat(eerste.begindatum()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(eerste.einddatum()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(eerste.volume()).isEqualTo(12);
        assertThat(eerste.eenheid()).isEqualTo(Eenheid.UUR);
        assertThat(eerste.bedrag()).isEqualTo(Bedrag.euro(1008));
        assertThat(eerste.debetCredit()).isEqualTo(DebetCredit.DEBET);
        Prestatiebestand.Rij credit = inhoud.rijen().get(1);
        assertThat(credit.productcode()).isNull();
        assertThat(credit.eenheid()).isNull();
        assertThat(credit.bedrag()).isEqualTo(Bedrag.euro(580));
        assertThat(credit.debetCredit()).isEqualTo(DebetCredit.CREDIT);
        assertThat(credit.vorigReferentienummer()).isEqualTo("JR77");
    }

    @Test
    void readsCommaCsvWithoutBomWithColumnsInAnyOrderAndOptionalColumnsLeftOut() {
        Prestatiebestand.Inhoud inhoud = Prestatiebestand.lees(("volume,einddatum,begindatum,toewijzing,bsn\n"
                        + "3,2026-02-28,2026-02-01,5," + BSN + "\n"
                        + ",,,,\n"
                        + "\"7\",28-2-2026,1-2-2026,5," + BSN)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(inhoud.fouten()).isEmpty();
        assertThat(inhoud.rijen())
                .extracting(Prestatiebestand.Rij::rij, Prestatiebestand.Rij::volume)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, 3L), org.assertj.core.groups.Tuple.tuple(4, 7L));
        assertThat(inhoud.rijen().get(1).debetCredit()).isEqualTo(DebetCredit.DEBET);
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithDateAndNumberCells() {
        byte[] xlsx = new Tabel(
                        "Prestaties",
                        Arrays.asList(Prestatiebestand.KOPREGEL.split(";")),
                        List.of(Arrays.asList(
                                BSN,
                                new BigDecimal("123"),
                                "45A48",
                                LocalDate.of(2026, 2, 1),
                                LocalDate.of(2026, 2, 28),
                                new BigDecimal("12"),
                                "04",
                                new BigDecimal("1008.5"),
                                "D",
                                null)))
                .xlsx();
        Prestatiebestand.Inhoud inhoud = Prestatiebestand.lees(xlsx);
        assertThat(inhoud.fouten()).isEmpty();
        assertThat(inhoud.rijen()).singleElement().satisfies(r -> {
            assertThat(r.rij()).isEqualTo(2);
            assertThat(r.toewijzingnummer()).isEqualTo(123);
            assertThat(r.begindatum()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(r.einddatum()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(r.bedrag()).isEqualTo(new Bedrag(100850));
        });
    }

    @Test
    void collectsEveryRowErrorInDutchWithRowAndColumn() {
        Prestatiebestand.Inhoud inhoud = Prestatiebestand.lees((Prestatiebestand.KOPREGEL + "\n"
                        + "12345678;abc;45A48-X;31-06-2026;29-02-2026;-1;99;€ 5,123;X;\n"
                        + "123456789;1;;2026-13-01;;1;;;C;\n"
                        + BSN + ";1;;28-02-2026;01-02-2026;1;;-5,00;;" + "R".repeat(37) + "\n"
                        + ";;;morgen;;;;;;\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(inhoud.rijen()).isEmpty();
        assertThat(inhoud.fouten())
                .extracting(OngeldigeParameter::name)
                .containsExactly(
                        "rijen[1].bsn",
                        "rijen[1].toewijzingnummer",
                        "rijen[1].productcode",
                        "rijen[1].begindatum",
                        "rijen[1].einddatum",
                        "rijen[1].volume",
                        "rijen[1].eenheid",
                        "rijen[1].bedrag",
                        "rijen[1].debetCredit",
                        "rijen[2].bsn",
                        "rijen[2].begindatum",
                        "rijen[2].einddatum",
                        "rijen[2].vorigReferentienummer",
                        "rijen[3].einddatum",
                        "rijen[3].bedrag",
                        "rijen[3].vorigReferentienummer",
                        "rijen[4].bsn",
                        "rijen[4].toewijzingnummer",
                        "rijen[4].begindatum",
                        "rijen[4].einddatum",
                        "rijen[4].volume");
        assertThat(reden(inhoud, "rijen[1].begindatum"))
                .isEqualTo("Rij 2, kolom Begindatum: 31-06-2026 bestaat niet: juni heeft 30 dagen.");
        assertThat(reden(inhoud, "rijen[1].einddatum"))
                .isEqualTo("Rij 2, kolom Einddatum: 29-02-2026 bestaat niet: februari 2026 heeft 28 dagen.");
        assertThat(reden(inhoud, "rijen[1].bsn")).startsWith("Rij 2, kolom BSN: 12345678 heeft 8 cijfers");
        assertThat(reden(inhoud, "rijen[2].bsn"))
                .isEqualTo("Rij 3, kolom BSN: 123456789: BSN voldoet niet aan de elfproef.");
        assertThat(reden(inhoud, "rijen[2].begindatum")).contains("een jaar heeft de maanden 1 tot en met 12");
        assertThat(reden(inhoud, "rijen[2].einddatum")).isEqualTo("Rij 3, kolom Einddatum: niet ingevuld.");
        assertThat(reden(inhoud, "rijen[2].vorigReferentienummer")).contains("creditregel");
        assertThat(reden(inhoud, "rijen[3].einddatum")).contains("vóór de begindatum");
        assertThat(reden(inhoud, "rijen[4].begindatum")).contains("'morgen' is geen datum");
        assertThat(inhoud.fouten()).allSatisfy(f -> assertThat(f.reason()).startsWith("Rij "));
    }

    @Test
    void namesAFileThatIsNoCsvOrWorkbook() {
        assertThat(weigering(new byte[0])).contains("leeg");
        assertThat(weigering("\uFEFF\r\n ; \r\n".getBytes(StandardCharsets.UTF_8)))
                .contains("leeg");
        assertThat(weigering("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
                .contains("PDF");
        assertThat(weigering(zip("leesmij.txt", "hallo"))).contains("ZIP-archief");
        assertThat(weigering(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .contains("XLS");
        assertThat(weigering(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 9, 9, 9})).contains("ZIP-archief");
        assertThat(weigering(new byte[] {'a', ';', (byte) 0xE9, '\n'})).contains("UTF-8");
        assertThat(weigering(new byte[] {1, 0, 2, 0})).contains("geen tekst");
        assertThat(weigering("BSN;Volume\n1;2\n".getBytes(StandardCharsets.UTF_8)))
                .startsWith("Rij 1: de kopregel mist de kolommen Toewijzingnummer, Begindatum, Einddatum.");
        assertThat(weigering((Prestatiebestand.KOPREGEL + "\n").getBytes(StandardCharsets.UTF_8)))
                .contains("alleen een kopregel");
    }

    private static String reden(Prestatiebestand.Inhoud inhoud, String naam) {
        return inhoud.fouten().stream()
                .filter(f -> f.name().equals(naam))
                .findFirst()
                .orElseThrow()
                .reason();
    }

    private static String weigering(byte[] bestand) {
        String[] reden = new String[1];
        assertThatThrownBy(() -> Prestatiebestand.lees(bestand)).isInstanceOfSatisfying(OngeldigeInvoer.class, e -> {
            assertThat(e.parameters())
                    .singleElement()
                    .satisfies(p -> assertThat(p.name()).isEqualTo("bestand"));
            reden[0] = e.parameters().get(0).reason();
        });
        return reden[0];
    }

    private static byte[] zip(String naam, String inhoud) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.putNextEntry(new ZipEntry(naam));
            zip.write(inhoud.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return uit.toByteArray();
    }
}
