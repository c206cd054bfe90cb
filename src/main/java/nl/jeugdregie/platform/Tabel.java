package nl.jeugdregie.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A table to export, as CSV (RFC 4180: comma, quotes where needed, numbers with a decimal point and dates as
 * yyyy-MM-dd, so any program reads them back exactly) or as an XLSX workbook with one sheet (numbers as numbers, dates as
 * dates), written here without a spreadsheet library.
 *
 * @param rijen cells are text, a number ({@link Long}, {@link Integer}, {@link BigDecimal}), a {@link LocalDate} or
 *     null (empty)
 */
public record Tabel(String titel, List<String> kolommen, List<List<Object>> rijen) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public Tabel {
        Objects.requireNonNull(titel, "titel");
        kolommen = List.copyOf(kolommen);
        rijen = rijen.stream().map(java.util.Collections::unmodifiableList).toList();
    }

    public String csv() {
        StringBuilder uit = new StringBuilder();
        regel(uit, List.copyOf(kolommen));
        rijen.forEach(rij -> regel(uit, rij));
        return uit.toString();
    }

    private static void regel(StringBuilder uit, List<?> cellen) {
        for (int i = 0; i < cellen.size(); i++) {
            if (i > 0) {
                uit.append(',');
            }
            uit.append(csvCel(cellen.get(i)));
        }
        uit.append("\r\n");
    }

    private static String csvCel(Object cel) {
        if (cel == null) {
            return "";
        }
        String tekst = cel instanceof BigDecimal getal ? getal.toPlainString() : cel.toString();
        // A leading =, +, - or @ would make a spreadsheet run the text as a formula.
        if (cel instanceof String && !tekst.isEmpty() && "=+-@".indexOf(tekst.charAt(0)) >= 0) {
            tekst = "'" + tekst;
        }
        if (tekst.contains(",") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")) {
            return '"' + tekst.replace("\"", "\"\"") + '"';
        }
        return tekst;
    }

    public byte[] xlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            deel(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                    </Types>""");
            deel(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            deel(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""".formatted(xml(bladnaam(titel))));
            deel(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    </Relationships>""");
            // Style 1: a date as dd-mm-yyyy; style 2: the bold header row.
            deel(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts>
                    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
                    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
                    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                    <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
                    </styleSheet>""");
            deel(zip, "xl/worksheets/sheet1.xml", blad());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String blad() {
        StringBuilder uit = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        uit.append("<row r=\"1\">");
        kolommen.forEach(k ->
                uit.append("<c t=\"inlineStr\" s=\"2\"><is><t>").append(xml(k)).append("</t></is></c>"));
        uit.append("</row>");
        int r = 2;
        for (List<Object> rij : rijen) {
            uit.append("<row r=\"").append(r++).append("\">");
            for (Object cel : rij) {
                uit.append(xlsxCel(cel));
            }
            uit.append("</row>");
        }
        return uit.append("</sheetData></worksheet>").toString();
    }

    private static String xlsxCel(Object cel) {
        if (cel == null) {
            return "<c/>";
        }
        if (cel instanceof BigDecimal getal) {
            return "<c><v>" + getal.toPlainString() + "</v></c>";
        }
        if (cel instanceof Long || cel instanceof Integer) {
            return "<c><v>" + cel + "</v></c>";
        }
        if (cel instanceof LocalDate datum) {
            // Spreadsheet dates count days from 30 December 1899.
            long dagen = datum.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
            return "<c s=\"1\"><v>" + dagen + "</v></c>";
        }
        return "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">" + xml(cel.toString()) + "</t></is></c>";
    }

    private static void deel(ZipOutputStream zip, String naam, String inhoud) throws IOException {
        zip.putNextEntry(new ZipEntry(naam));
        zip.write(inhoud.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A sheet name: at most 31 characters, none of : \ / ? * [ ]. */
    private static String bladnaam(String titel) {
        String naam = titel.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return naam.isEmpty() ? "Blad1" : naam.substring(0, Math.min(31, naam.length()));
    }

    private static String xml(String tekst) {
        StringBuilder uit = new StringBuilder(tekst.length());
        tekst.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> uit.append("&lt;");
                case '>' -> uit.append("&gt;");
                case '&' -> uit.append("&amp;");
                case '"' -> uit.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        uit.appendCodePoint(c);
                    }
                }
            }
        });
        return uit.toString();
    }
}
