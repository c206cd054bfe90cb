package nl.jeugdregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class TabelTest {

    private final Tabel tabel = new Tabel(
            "Kosten: per hulpvorm",
            List.of("groep", "bedrag", "datum"),
            List.of(
                    Arrays.<Object>asList(
                            "Pleegzorg, met verblijf", new BigDecimal("1234.50"), LocalDate.of(2026, 3, 1)),
                    Arrays.<Object>asList("=HYPERLINK(\"x\")", null, null),
                    Arrays.<Object>asList("tekst met \"aanhalingstekens\"", 7L, null)));

    @Test
    void writesCsvThatReadsBackExactly() {
        assertThat(tabel.csv())
                .isEqualTo("groep,bedrag,datum\r\n"
                        + "\"Pleegzorg, met verblijf\",1234.50,2026-03-01\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",,\r\n"
                        + "\"tekst met \"\"aanhalingstekens\"\"\",7,\r\n");
    }

    @Test
    void writesAnXlsxWorkbookWithNumbersAsNumbersAndDatesAsDates() throws Exception {
        Map<String, byte[]> delen = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(tabel.xlsx()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                delen.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(delen)
                .containsKeys(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "xl/workbook.xml",
                        "xl/styles.xml",
                        "xl/worksheets/sheet1.xml");
        var factory = DocumentBuilderFactory.newInstance();
        for (byte[] deel : delen.values()) {
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(deel));
        }
        String blad = new String(delen.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertThat(blad).contains("<c><v>1234.50</v></c>").contains("<c s=\"1\"><v>46082</v></c>");
        assertThat(new String(delen.get("xl/workbook.xml"), StandardCharsets.UTF_8))
                .contains("name=\"Kosten  per hulpvorm\"");
    }
}
