package nl.jeugdregie.portaal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.platform.Werkblad;

/**
 * A file of prestaties as an aanbieder keeps it in a spreadsheet (the route of the VNG Berichtenapp): CSV (separated
 * by semicolons or commas, UTF-8 with or without BOM, quoted where needed) or the first sheet of an XLSX workbook. The
 * first non-empty row names the columns in Dutch, in any order and any case ({@link #KOPREGEL}); each further row is
 * one prestatie. Dates are dd-mm-jjjj or jjjj-mm-dd (or a date cell of the workbook), amounts "580,00" or "€ 580,00".
 *
 * <p>Every row error is collected, in Dutch with its row and column ("Rij 14, kolom Einddatum: 31-06-2026 bestaat
 * niet: juni heeft 30 dagen"), named {@code rijen[13].einddatum} for the API: rows are numbered as the spreadsheet
 * shows them (the header is row 1) and the index is that number minus one. A file that is no CSV or XLSX at all (a
 * PDF, a ZIP that is no workbook, an empty file) is refused as a whole with what it is.
 */
public final class Prestatiebestand {

    /** The header row of the template, in the order of the template. */
    public static final String KOPREGEL = "BSN;Toewijzingnummer;Productcode;Begindatum;Einddatum;Volume;Eenheid;Bedrag;"
            + "Debet/credit;Vorig referentienummer";

    /** The most prestaties one file may hold. */
    public static final int HOOGSTENS = 50_000;

    private static final Pattern DATUM_NL = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
    private static final Pattern DATUM_ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final LocalDate EXCEL_NUL = LocalDate.of(1899, 12, 30);

    /** A column: its name as the template writes it, the field name in the API, and the header names it accepts. */
    enum Kolom {
        BSN("BSN", "bsn", true, "bsn"),
        TOEWIJZING("Toewijzingnummer", "toewijzingnummer", true, "toewijzingnummer", "toewijzing"),
        PRODUCTCODE("Productcode", "productcode", false, "productcode"),
        BEGIN("Begindatum", "begindatum", true, "begindatum"),
        EIND("Einddatum", "einddatum", true, "einddatum"),
        VOLUME("Volume", "volume", true, "volume", "geleverdvolume"),
        EENHEID("Eenheid", "eenheid", false, "eenheid"),
        BEDRAG("Bedrag", "bedrag", false, "bedrag", "ingediendbedrag"),
        DEBET_CREDIT("Debet/credit", "debetCredit", false, "debetcredit", "dc"),
        VORIGE("Vorig referentienummer", "vorigReferentienummer", false, "vorigreferentienummer");

        private final String naam;
        private final String veld;
        private final boolean verplicht;
        private final List<String> koppen;

        Kolom(String naam, String veld, boolean verplicht, String... koppen) {
            this.naam = naam;
            this.veld = veld;
            this.verplicht = verplicht;
            this.koppen = List.of(koppen);
        }

        String naam() {
            return naam;
        }

        String veld() {
            return veld;
        }
    }

    /**
     * One prestatie as the file gives it: {@code productcode}, {@code eenheid}, {@code bedrag} and {@code
     * vorigReferentienummer} may be absent, {@code debetCredit} is DEBET unless the file says C.
     */
    public record Rij(
            int rij,
            Bsn bsn,
            long toewijzingnummer,
            String productcode,
            LocalDate begindatum,
            LocalDate einddatum,
            long volume,
            Eenheid eenheid,
            Bedrag bedrag,
            DebetCredit debetCredit,
            String vorigReferentienummer) {

        /** The name of a field of this row in the API, as {@code rijen[13].einddatum}. */
        public String veld(String veld) {
            return Prestatiebestand.veld(rij, veld);
        }
    }

    /** The rows that could be read and an error for every value that could not; only complete rows are listed. */
    public record Inhoud(List<Rij> rijen, List<OngeldigeParameter> fouten) {}

    private Prestatiebestand() {}

    static String veld(int rij, String veld) {
        return "rijen[" + (rij - 1) + "]." + veld;
    }

    static String plaats(int rij, Kolom kolom) {
        return "Rij " + rij + ", kolom " + kolom.naam();
    }

    /** Reads the file; a file that is neither CSV nor XLSX, or has no usable header, is an {@link OngeldigeInvoer}. */
    public static Inhoud lees(byte[] inhoud) {
        List<Werkblad.Rij> rijen = rijen(inhoud);
        List<Werkblad.Rij> gevuld = rijen.stream()
                .filter(r -> r.cellen().values().stream().anyMatch(c -> !c.isBlank()))
                .toList();
        if (gevuld.isEmpty()) {
            throw new OngeldigeInvoer("bestand", "Het bestand is leeg: er staat geen kopregel en geen prestatie in.");
        }
        int kopnummer = gevuld.get(0).nummer();
        Map<Kolom, Integer> kolommen = kolommen(kopnummer, gevuld.get(0).cellen());
        if (gevuld.size() == 1) {
            throw new OngeldigeInvoer("bestand", "Het bestand heeft alleen een kopregel en geen prestaties.");
        }
        if (gevuld.size() - 1 > HOOGSTENS) {
            throw new OngeldigeInvoer(
                    "bestand",
                    "Het bestand heeft " + (gevuld.size() - 1) + " prestaties; één bestand heeft er hoogstens "
                            + HOOGSTENS + ". Verdeel ze over meer bestanden.");
        }
        List<Rij> gelezen = new ArrayList<>();
        List<OngeldigeParameter> fouten = new ArrayList<>();
        for (Werkblad.Rij r : gevuld.subList(1, gevuld.size())) {
            new Rijlezer(r.nummer(), r.cellen(), kolommen, fouten).lees().ifPresent(gelezen::add);
        }
        return new Inhoud(gelezen, fouten);
    }

    private static Map<Kolom, Integer> kolommen(int rij, Map<Integer, String> kop) {
        Map<String, Integer> namen = new HashMap<>();
        kop.forEach((kolom, naam) -> namen.putIfAbsent(sleutel(naam), kolom));
        Map<Kolom, Integer> kolommen = new LinkedHashMap<>();
        List<String> ontbrekend = new ArrayList<>();
        for (Kolom k : Kolom.values()) {
            k.koppen.stream()
                    .map(namen::get)
                    .filter(i -> i != null)
                    .findFirst()
                    .ifPresentOrElse(i -> kolommen.put(k, i), () -> {
                        if (k.verplicht) {
                            ontbrekend.add(k.naam());
                        }
                    });
        }
        if (!ontbrekend.isEmpty()) {
            throw new OngeldigeInvoer(
                    "bestand",
                    "Rij " + rij + ": de kopregel mist de kolom" + (ontbrekend.size() == 1 ? " " : "men ")
                            + String.join(", ", ontbrekend) + ". De kopregel van het sjabloon is: " + KOPREGEL);
        }
        return kolommen;
    }

    private static String sleutel(String naam) {
        return naam.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** Reads the values of one row, adding an error for each value it cannot read. */
    private static final class Rijlezer {
        private final int rij;
        private final Map<Integer, String> cellen;
        private final Map<Kolom, Integer> kolommen;
        private final List<OngeldigeParameter> fouten;
        private boolean fout;

        Rijlezer(int rij, Map<Integer, String> cellen, Map<Kolom, Integer> kolommen, List<OngeldigeParameter> fouten) {
            this.rij = rij;
            this.cellen = cellen;
            this.kolommen = kolommen;
            this.fouten = fouten;
        }

        java.util.Optional<Rij> lees() {
            Bsn bsn = bsn();
            Long toewijzing = geheel(Kolom.TOEWIJZING, 1, 999_999_999_999L);
            String productcode = productcode();
            LocalDate begin = datum(Kolom.BEGIN);
            LocalDate eind = datum(Kolom.EIND);
            if (begin != null && eind != null && eind.isBefore(begin)) {
                fout(
                        Kolom.EIND,
                        "de einddatum " + tekst(Kolom.EIND) + " ligt vóór de begindatum " + tekst(Kolom.BEGIN) + ".");
            }
            Long volume = geheel(Kolom.VOLUME, 0, 99_999_999L);
            Eenheid eenheid = eenheid();
            Bedrag bedrag = bedrag();
            DebetCredit dc = debetCredit();
            String vorige = tekst(Kolom.VORIGE);
            if (vorige != null && vorige.length() > 36) {
                fout(Kolom.VORIGE, "een referentienummer heeft hoogstens 36 tekens.");
            }
            if (dc == DebetCredit.CREDIT && vorige == null) {
                fout(Kolom.VORIGE, "een creditregel noemt het referentienummer van de prestatie die hij crediteert.");
            }
            if (fout) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(
                    new Rij(rij, bsn, toewijzing, productcode, begin, eind, volume, eenheid, bedrag, dc, vorige));
        }

        private String tekst(Kolom kolom) {
            Integer i = kolommen.get(kolom);
            String waarde = i == null ? null : cellen.get(i);
            return waarde == null || waarde.isBlank() ? null : waarde.strip();
        }

        private void fout(Kolom kolom, String melding) {
            fout = true;
            fouten.add(new OngeldigeParameter(veld(rij, kolom.veld()), plaats(rij, kolom) + ": " + melding));
        }

        private String verplicht(Kolom kolom) {
            String waarde = tekst(kolom);
            if (waarde == null) {
                fout(kolom, "niet ingevuld.");
            }
            return waarde;
        }

        private Bsn bsn() {
            String waarde = verplicht(Kolom.BSN);
            if (waarde == null) {
                return null;
            }
            String cijfers = waarde.replace(" ", "").replace(".", "");
            if (cijfers.matches("\\d{8}")) {
                fout(
                        Kolom.BSN,
                        waarde + " heeft 8 cijfers, een BSN heeft er 9. Een spreadsheet laat een voorloopnul"
                                + " weg als de kolom een getal is: maak de kolom tekst en zet de 0 terug.");
                return null;
            }
            try {
                return new Bsn(cijfers);
            } catch (OngeldigeWaarde e) {
                fout(Kolom.BSN, waarde + ": " + e.getMessage() + ".");
                return null;
            }
        }

        private Long geheel(Kolom kolom, long van, long tot) {
            String waarde = verplicht(kolom);
            if (waarde == null) {
                return null;
            }
            try {
                long getal = Long.parseLong(waarde);
                if (getal >= van && getal <= tot) {
                    return getal;
                }
            } catch (NumberFormatException e) {
                // below
            }
            fout(kolom, "'" + waarde + "' is geen heel getal van " + van + " tot en met " + tot + ".");
            return null;
        }

        private String productcode() {
            String waarde = tekst(Kolom.PRODUCTCODE);
            if (waarde != null && !waarde.matches("[0-9A-Za-z]{1,5}")) {
                fout(Kolom.PRODUCTCODE, "'" + waarde + "' is geen productcode: hoogstens 5 letters of cijfers.");
                return null;
            }
            return waarde == null ? null : waarde.toUpperCase(Locale.ROOT);
        }

        private LocalDate datum(Kolom kolom) {
            String waarde = verplicht(kolom);
            if (waarde == null) {
                return null;
            }
            if (waarde.matches("\\d{5}")) {
                return EXCEL_NUL.plusDays(Long.parseLong(waarde));
            }
            Matcher nl = DATUM_NL.matcher(waarde);
            Matcher iso = DATUM_ISO.matcher(waarde);
            int jaar;
            int maand;
            int dag;
            if (nl.matches()) {
                dag = Integer.parseInt(nl.group(1));
                maand = Integer.parseInt(nl.group(2));
                jaar = Integer.parseInt(nl.group(3));
            } else if (iso.matches()) {
                jaar = Integer.parseInt(iso.group(1));
                maand = Integer.parseInt(iso.group(2));
                dag = Integer.parseInt(iso.group(3));
            } else {
                fout(kolom, "'" + waarde + "' is geen datum; schrijf dd-mm-jjjj (zoals 31-01-2026) of jjjj-mm-dd.");
                return null;
            }
            if (maand < 1 || maand > 12) {
                fout(kolom, waarde + " bestaat niet: een jaar heeft de maanden 1 tot en met 12.");
                return null;
            }
            try {
                return LocalDate.of(jaar, maand, dag);
            } catch (DateTimeException e) {
                Month m = Month.of(maand);
                int dagen = m.length(java.time.Year.isLeap(jaar));
                fout(
                        kolom,
                        waarde + " bestaat niet: " + m.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl"))
                                + (m == Month.FEBRUARY ? " " + jaar : "") + " heeft " + dagen + " dagen.");
                return null;
            }
        }

        private Eenheid eenheid() {
            String waarde = tekst(Kolom.EENHEID);
            if (waarde == null) {
                return null;
            }
            String code = waarde.matches("\\d") ? "0" + waarde : waarde;
            for (Eenheid e : Eenheid.values()) {
                if (e.code().equals(code) || e.omschrijving().equalsIgnoreCase(waarde)) {
                    return e;
                }
            }
            fout(
                    Kolom.EENHEID,
                    "'" + waarde + "' is geen eenheid; gebruik een code van de iJw-lijst WJ756, zoals 04 (uur), 01"
                            + " (minuut), 14 (etmaal), 16 (dagdeel), 82 of 84 (stuks) of 83 (euro's).");
            return null;
        }

        private Bedrag bedrag() {
            String waarde = tekst(Kolom.BEDRAG);
            if (waarde == null) {
                return null;
            }
            String notatie = waarde.matches("-?\\d+\\.\\d{1,2}") ? waarde.replace('.', ',') : waarde;
            try {
                Bedrag bedrag = Bedrag.parse(notatie);
                if (bedrag.isNegatief()) {
                    fout(Kolom.BEDRAG, "het bedrag is positief; een creditregel heeft C in de kolom Debet/credit.");
                    return null;
                }
                if (bedrag.isGroterDan(Bedrag.IJW_MAXIMUM)) {
                    fout(Kolom.BEDRAG, waarde + " is groter dan een prestatie kan hebben (€ 999.999,99).");
                    return null;
                }
                return bedrag;
            } catch (OngeldigeWaarde e) {
                fout(Kolom.BEDRAG, "'" + waarde + "' is geen bedrag; schrijf bijvoorbeeld 580,00 of € 580,00.");
                return null;
            }
        }

        private DebetCredit debetCredit() {
            String waarde = tekst(Kolom.DEBET_CREDIT);
            if (waarde == null) {
                return DebetCredit.DEBET;
            }
            return switch (waarde.toUpperCase(Locale.ROOT)) {
                case "D", "DEBET" -> DebetCredit.DEBET;
                case "C", "CREDIT" -> DebetCredit.CREDIT;
                default -> {
                    fout(Kolom.DEBET_CREDIT, "'" + waarde + "' is geen D (debet) of C (credit).");
                    yield null;
                }
            };
        }
    }

    /** The rows of the file with their number as a spreadsheet shows it, each as its cells by column (0 for A). */
    private static List<Werkblad.Rij> rijen(byte[] inhoud) {
        if (inhoud == null || inhoud.length == 0) {
            throw new OngeldigeInvoer("bestand", "Het bestand is leeg: er staat geen kopregel en geen prestatie in.");
        }
        if (Werkblad.isXlsx(inhoud)) {
            return Werkblad.lees(inhoud);
        }
        if (begintMet(inhoud, '%', 'P', 'D', 'F')) {
            throw new OngeldigeInvoer(
                    "bestand", "Het bestand is een PDF, geen CSV- of Excel-bestand (XLSX) met prestaties.");
        }
        if (begintMet(inhoud, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new OngeldigeInvoer(
                    "bestand",
                    "Het bestand is een oud Excel-bestand (XLS); sla het op als Excel-werkmap (XLSX) of als CSV.");
        }
        return Werkblad.csv(tekst(inhoud));
    }

    private static boolean begintMet(byte[] inhoud, int... tekens) {
        if (inhoud.length < tekens.length) {
            return false;
        }
        for (int i = 0; i < tekens.length; i++) {
            if ((inhoud[i] & 0xFF) != tekens[i]) {
                return false;
            }
        }
        return true;
    }

    private static String tekst(byte[] inhoud) {
        for (byte b : inhoud) {
            if (b == 0) {
                throw new OngeldigeInvoer(
                        "bestand", "Het bestand is geen tekst (CSV) en geen Excel-bestand (XLSX) met prestaties.");
            }
        }
        try {
            String tekst = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud))
                    .toString();
            return tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
        } catch (CharacterCodingException e) {
            throw new OngeldigeInvoer(
                    "bestand",
                    "Het bestand is geen CSV in UTF-8 en geen Excel-bestand (XLSX); sla het op als \"CSV UTF-8\" of"
                            + " als Excel-werkmap.");
        }
    }
}
