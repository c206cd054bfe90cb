package nl.jeugdregie.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A table a user uploads, as rows of text: the first worksheet of an XLSX workbook ({@link #lees}) or a CSV file
 * ({@link #csv}). The first worksheet of an XLSX workbook is read, read with the JDK alone (a ZIP of XML parts): shared and
 * inline strings as text, numbers as their exact decimal notation. No DTDs or external entities, and a bound on the
 * unpacked size, so a crafted file cannot reach outside or fill the memory.
 */
public final class Werkblad {

    /** The most bytes one part of the workbook may unpack to. */
    private static final int MAXIMUM_DEEL = 20 * 1024 * 1024;

    /** One row with its number in the sheet (1 for the first) and its cells by column (0 for A). */
    public record Rij(int nummer, Map<Integer, String> cellen) {

        public String cel(int kolom) {
            return cellen.get(kolom);
        }
    }

    private Werkblad() {}

    /** Whether the bytes start as a ZIP archive does, as an XLSX file does. */
    public static boolean isXlsx(byte[] inhoud) {
        return inhoud.length > 4 && inhoud[0] == 'P' && inhoud[1] == 'K' && inhoud[2] == 3 && inhoud[3] == 4;
    }

    /**
     * The rows of the first worksheet; a ZIP archive without a worksheet, or a damaged or oversized workbook, is refused
     * with {@link OngeldigeInvoer} on the field {@code bestand}, in Dutch.
     */
    public static List<Rij> lees(byte[] inhoud) {
        Map<String, byte[]> delen = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(inhoud))) {
            for (ZipEntry deel = zip.getNextEntry(); deel != null; deel = zip.getNextEntry()) {
                String naam = deel.getName();
                if (naam.equals("xl/sharedStrings.xml") || naam.matches("xl/worksheets/sheet[0-9]+\\.xml")) {
                    delen.put(naam, begrensd(zip));
                }
            }
        } catch (ZipException e) {
            throw geenWerkmap();
        } catch (IOException e) {
            throw onleesbaar();
        }
        String eersteBlad = delen.keySet().stream()
                .filter(n -> n.startsWith("xl/worksheets/"))
                .min((a, b) -> Integer.compare(bladnummer(a), bladnummer(b)))
                .orElseThrow(Werkblad::geenWerkmap);
        try {
            List<String> gedeeld = delen.containsKey("xl/sharedStrings.xml")
                    ? gedeeldeTeksten(delen.get("xl/sharedStrings.xml"))
                    : List.of();
            return rijen(delen.get(eersteBlad), gedeeld);
        } catch (XMLStreamException | RuntimeException e) {
            throw onleesbaar();
        }
    }

    private static int bladnummer(String naam) {
        return Integer.parseInt(naam.replaceAll("[^0-9]", ""));
    }

    private static byte[] begrensd(InputStream in) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            uit.write(buffer, 0, n);
            if (uit.size() > MAXIMUM_DEEL) {
                throw new OngeldigeInvoer(
                        "bestand", "Het werkblad is te groot om in te lezen; verdeel de gegevens over meer bestanden.");
            }
        }
        return uit.toByteArray();
    }

    private static XMLStreamReader lezer(byte[] xml) throws XMLStreamException {
        XMLInputFactory fabriek = XMLInputFactory.newFactory();
        fabriek.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        fabriek.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return fabriek.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** The texts of sharedStrings.xml in order; a rich text string is the concatenation of its runs. */
    private static List<String> gedeeldeTeksten(byte[] xml) throws XMLStreamException {
        List<String> teksten = new ArrayList<>();
        XMLStreamReader r = lezer(xml);
        StringBuilder huidige = null;
        while (r.hasNext()) {
            int soort = r.next();
            if (soort == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("si")) {
                huidige = new StringBuilder();
            } else if (soort == XMLStreamReader.START_ELEMENT
                    && r.getLocalName().equals("t")
                    && huidige != null) {
                huidige.append(r.getElementText());
            } else if (soort == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("si")) {
                teksten.add(huidige == null ? "" : huidige.toString());
                huidige = null;
            }
        }
        return teksten;
    }

    private static List<Rij> rijen(byte[] xml, List<String> gedeeld) throws XMLStreamException {
        List<Rij> rijen = new ArrayList<>();
        XMLStreamReader r = lezer(xml);
        Map<Integer, String> cellen = null;
        int rijnummer = 0;
        int kolom = -1;
        String type = null;
        StringBuilder waarde = null;
        while (r.hasNext()) {
            int soort = r.next();
            if (soort == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        String nummer = r.getAttributeValue(null, "r");
                        rijnummer = nummer == null ? rijnummer + 1 : Integer.parseInt(nummer);
                        cellen = new TreeMap<>();
                        kolom = -1;
                    }
                    case "c" -> {
                        String plaats = r.getAttributeValue(null, "r");
                        kolom = plaats == null ? kolom + 1 : kolom(plaats);
                        type = r.getAttributeValue(null, "t");
                        waarde = new StringBuilder();
                    }
                    case "v", "t" -> {
                        if (waarde != null) {
                            waarde.append(r.getElementText());
                        }
                    }
                    default -> {}
                }
            } else if (soort == XMLStreamReader.END_ELEMENT) {
                if (r.getLocalName().equals("c") && cellen != null && waarde != null) {
                    String tekst = celtekst(type, waarde.toString(), gedeeld);
                    if (!tekst.isBlank()) {
                        cellen.put(kolom, tekst);
                    }
                    waarde = null;
                } else if (r.getLocalName().equals("row") && cellen != null) {
                    rijen.add(new Rij(rijnummer, cellen));
                    cellen = null;
                }
            }
        }
        return rijen;
    }

    private static String celtekst(String type, String waarde, List<String> gedeeld) {
        if ("s".equals(type)) {
            return gedeeld.get(Integer.parseInt(waarde.strip()));
        }
        if (type == null || "n".equals(type)) {
            return waarde.isBlank()
                    ? ""
                    : new BigDecimal(waarde.strip()).stripTrailingZeros().toPlainString();
        }
        return waarde;
    }

    /** The column of a cell reference: A1 is 0, AB7 is 27. */
    static int kolom(String plaats) {
        int kolom = 0;
        for (char c : plaats.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            kolom = kolom * 26 + (c - 'A' + 1);
        }
        return kolom - 1;
    }

    private static OngeldigeInvoer geenWerkmap() {
        return new OngeldigeInvoer("bestand", "Het bestand is een ZIP-archief, geen Excel-bestand (XLSX) of CSV.");
    }

    private static OngeldigeInvoer onleesbaar() {
        return new OngeldigeInvoer(
                "bestand",
                "Het Excel-bestand (XLSX) is niet te lezen; sla het opnieuw op als Excel-werkmap of als CSV.");
    }

    /** CSV rows (RFC 4180 quoting) numbered from 1; the separator is the one the first line uses most. */
    public static List<Rij> csv(String tekst) {
        String eerste = tekst.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char scheiding = eerste.chars().filter(c -> c == ';').count()
                        >= eerste.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        List<Rij> rijen = new ArrayList<>();
        Map<Integer, String> cellen = new java.util.TreeMap<>();
        StringBuilder cel = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        int regel = 1;
        int beginregel = 1;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '"') {
                    cel.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    if (c == '\n') {
                        regel++;
                    }
                    cel.append(c);
                }
            } else if (c == '"' && cel.isEmpty()) {
                tussenAanhalingstekens = true;
            } else if (c == scheiding) {
                cellen.put(cellen.size(), cel.toString());
                cel.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '\n') {
                    i++;
                }
                cellen.put(cellen.size(), cel.toString());
                rijen.add(new Rij(beginregel, cellen));
                cellen = new java.util.TreeMap<>();
                cel.setLength(0);
                regel++;
                beginregel = regel;
            } else {
                cel.append(c);
            }
        }
        if (!cel.isEmpty() || !cellen.isEmpty()) {
            cellen.put(cellen.size(), cel.toString());
            rijen.add(new Rij(beginregel, cellen));
        }
        return rijen;
    }
}
