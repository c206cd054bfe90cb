package nl.jeugdregie.regio;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.Tekst;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;

/**
 * Reads a CSV download of CBS table 03759ned ("Bevolking op 1 januari; leeftijd, burgerlijke staat, regio") into the
 * figures an import stores: per gemeente and 1 January the inhabitants of each single year of age 0..17 and, when the
 * file has it, the total. Both forms of the download are understood:
 *
 * <ul>
 *   <li>the data set ({@code TypedDataSet} or {@code UntypedDataSet}): columns {@code ID; Geslacht; Leeftijd;
 *       BurgerlijkeStaat; RegioS; Perioden; BevolkingOp1Januari_1; GemiddeldeBevolking_2} with codes: {@code T001038}
 *       (totaal mannen en vrouwen), {@code T001019} (totaal burgerlijke staat), Leeftijd {@code 10000} (totaal),
 *       {@code 10010} (0 jaar) and {@code 1NN00} (NN jaar), {@code GM0153}, {@code 2025JJ00};
 *   <li>the table as shown on StatLine, with labels: {@code Geslacht; Leeftijd; Burgerlijke staat; Regio's;
 *       Perioden; Bevolking op 1 januari (aantal)} with {@code Totaal mannen en vrouwen}, {@code 0 jaar},
 *       {@code Totaal burgerlijke staat}, {@code Enschede}, {@code 2025} (or {@code 2025*} when provisional).
 * </ul>
 *
 * Separated by semicolons or commas, values quoted or not; title lines above the header and a closing line of one
 * field are passed over. Only the rows for the totals of sex and marital status count; rows of men, women or a
 * marital status, of other regions (Nederland, provinces, landsdelen) and of age groups or ages of 18 and over are
 * skipped. Every problem is reported with its line number, in Dutch; one problem and nothing is read.
 */
final class Bevolkingsbestand {

    /** The most problems reported; more only bury the first ones. */
    static final int MAXIMUM_FOUTEN = 50;

    /** The oldest 1 January the platform takes. */
    static final int EERSTE_JAAR = 2000;

    private static final Pattern ENKEL_JAAR = Pattern.compile("(\\d{1,3}) jaar");
    private static final Pattern LEEFTIJDCODE = Pattern.compile("1(\\d{2})(\\d{2})");
    private static final Pattern PERIODE = Pattern.compile("(\\d{4})(JJ00)?\\*?");
    private static final Pattern AANTAL = Pattern.compile("\\d{1,9}");
    private static final Pattern GEMEENTECODE = Pattern.compile("GM(\\d{4})");
    private static final Pattern ANDERE_REGIOCODE = Pattern.compile("[A-Z]{2,3}\\d{2,}");
    private static final Pattern ANDER_GEBIED = Pattern.compile(".*\\((PV|LD|CR|NL|JZ|GGD|RE)\\)");

    /** The measure "Bevolking op 1 januari" in the long format of CBS's newer open data ({@code Measure;Value}). */
    static final String MAATSTAF_BEVOLKING_1_JANUARI = "M000352";

    /** One figure read from the file: the inhabitants of a gemeente on 1 January in an age class. */
    record Cijfer(
            int regel, GemeenteCode gemeente, LocalDate peildatum, int leeftijdVan, Integer leeftijdTot, long aantal) {

        boolean isTotaal() {
            return leeftijdTot == null;
        }
    }

    /** What a file holds: the figures to store, and how many rows were passed over. */
    record Gelezen(List<Cijfer> cijfers, int overgeslagen) {}

    /** Finds the gemeente a row names, by CBS code or by name. */
    interface Gemeentezoeker {
        Optional<GemeenteCode> opCode(GemeenteCode code);

        Optional<GemeenteCode> opNaam(String naam);

        String naam(GemeenteCode code);
    }

    private enum Kolom {
        GESLACHT("geslacht"),
        LEEFTIJD("leeftijd"),
        BURGERLIJKE_STAAT("burgerlijkestaat"),
        REGIO("regios", "regio", "gemeente"),
        PERIODEN("perioden", "periode", "jaar"),
        MAATSTAF("measure"),
        WAARDE(
                "bevolkingop1januari1",
                "bevolkingop1januariaantal",
                "bevolkingop1januari",
                "bevolkingaantal",
                "bevolking",
                "value");

        private final Set<String> namen;

        Kolom(String... namen) {
            this.namen = Set.of(namen);
        }
    }

    private final Gemeentezoeker zoeker;
    private final LocalDate vandaag;
    private final List<OngeldigeParameter> fouten = new ArrayList<>();
    private int foutenMeer;

    private Bevolkingsbestand(Gemeentezoeker zoeker, LocalDate vandaag) {
        this.zoeker = zoeker;
        this.vandaag = vandaag;
    }

    /** The figures of {@code inhoud}, or {@link OngeldigeInvoer} listing every problem with its line. */
    static Gelezen lees(byte[] inhoud, Gemeentezoeker zoeker, LocalDate vandaag) {
        return new Bevolkingsbestand(zoeker, vandaag).lees(tekst(inhoud));
    }

    private Gelezen lees(String tekst) {
        if (tekst.isBlank()) {
            throw new OngeldigeInvoer("bestand", "Het bestand is leeg");
        }
        Regels regels = Regels.metKop(tekst);
        if (regels == null) {
            throw new OngeldigeInvoer(
                    "bestand",
                    "Geen kopregel met de kolommen Leeftijd, Regio's, Perioden en Bevolking op 1 januari gevonden;"
                            + " lees de CSV-download van CBS-tabel 03759ned in (gescheiden door ; of ,)");
        }
        Map<Kolom, Integer> kolommen = kolommen(regels.kop().velden());
        List<String> ontbrekend = new ArrayList<>();
        for (Kolom kolom : List.of(Kolom.LEEFTIJD, Kolom.REGIO, Kolom.PERIODEN, Kolom.WAARDE)) {
            if (!kolommen.containsKey(kolom)) {
                ontbrekend.add(
                        switch (kolom) {
                            case LEEFTIJD -> "Leeftijd";
                            case REGIO -> "Regio's";
                            case PERIODEN -> "Perioden";
                            default -> "Bevolking op 1 januari";
                        });
            }
        }
        if (!ontbrekend.isEmpty()) {
            throw new OngeldigeInvoer(
                    "regel " + regels.kop().nummer(),
                    "De kopregel mist de kolom " + String.join(", ", ontbrekend)
                            + "; verwacht de CSV-download van CBS-tabel 03759ned");
        }
        int breedte = regels.kop().velden().size();
        Map<Sleutel, Cijfer> cijfers = new LinkedHashMap<>();
        List<Regel> losseRegels = new ArrayList<>();
        int overgeslagen = 0;
        for (Regel regel : regels.gegevens()) {
            if (regel.isLeeg()) {
                continue;
            }
            if (regel.velden().size() == 1) {
                losseRegels.add(regel);
                continue;
            }
            losseRegels.forEach(this::verkeerdAantalKolommen);
            losseRegels.clear();
            if (regel.velden().size() != breedte) {
                fout(
                        regel.nummer(),
                        "verwacht " + breedte + " kolommen, gevonden "
                                + regel.velden().size());
                continue;
            }
            Cijfer cijfer = cijfer(regel, kolommen);
            if (cijfer == null) {
                overgeslagen++;
                continue;
            }
            Sleutel sleutel =
                    new Sleutel(cijfer.gemeente(), cijfer.peildatum(), cijfer.leeftijdVan(), cijfer.leeftijdTot());
            Cijfer eerder = cijfers.putIfAbsent(sleutel, cijfer);
            if (eerder != null) {
                fout(
                        regel.nummer(),
                        sleutel.omschrijving(zoeker) + " staat dubbel in het bestand (ook op regel " + eerder.regel()
                                + ")");
            }
        }
        if (fouten.isEmpty() && cijfers.isEmpty()) {
            fout(
                    "bestand",
                    "Het bestand bevat geen rijen voor een gemeente met het totaal van mannen en vrouwen en van de"
                            + " burgerlijke staat");
        }
        controleerVolledig(cijfers.values());
        if (!fouten.isEmpty()) {
            List<OngeldigeParameter> gemeld = new ArrayList<>(fouten);
            if (foutenMeer > 0) {
                gemeld.add(new OngeldigeParameter("bestand", "En nog " + foutenMeer + " andere fouten"));
            }
            throw new OngeldigeInvoer(gemeld);
        }
        return new Gelezen(List.copyOf(cijfers.values()), overgeslagen);
    }

    /** A figure from a data row, or null when the row is not one an import takes. */
    private Cijfer cijfer(Regel regel, Map<Kolom, Integer> kolommen) {
        int nummer = regel.nummer();
        for (String veld : regel.velden()) {
            if (Tekst.heeftStuurteken(veld)) {
                fout(nummer, "bevat een stuurteken (een onzichtbaar teken dat niet in een CSV-bestand hoort)");
                return null;
            }
        }
        if (!isTotaal(regel.veld(kolommen.get(Kolom.GESLACHT)), "T001038", "Totaal mannen en vrouwen")
                || !isTotaal(regel.veld(kolommen.get(Kolom.BURGERLIJKE_STAAT)), "T001019", "Totaal burgerlijke staat")
                || !isBevolkingOp1Januari(regel.veld(kolommen.get(Kolom.MAATSTAF)))) {
            return null;
        }
        Optional<GemeenteCode> gemeente = gemeente(nummer, regel.veld(kolommen.get(Kolom.REGIO)));
        if (gemeente == null) {
            return null;
        }
        Leeftijd leeftijd = leeftijd(nummer, regel.veld(kolommen.get(Kolom.LEEFTIJD)));
        if (leeftijd == null) {
            return null;
        }
        LocalDate peildatum = peildatum(nummer, regel.veld(kolommen.get(Kolom.PERIODEN)));
        Long aantal = aantal(nummer, regel.veld(kolommen.get(Kolom.WAARDE)));
        if (gemeente.isEmpty() || peildatum == null || aantal == null) {
            return null;
        }
        return new Cijfer(nummer, gemeente.get(), peildatum, leeftijd.van(), leeftijd.tot(), aantal);
    }

    /** True for a total; an absent column counts as the total (a download filtered on it may leave it out). */
    private static boolean isTotaal(String waarde, String... totalen) {
        return waarde == null || Set.of(totalen).contains(waarde) || waarde.equalsIgnoreCase("Totaal");
    }

    /** True in a file without a column {@code Measure}, else for the measure "Bevolking op 1 januari" only. */
    private static boolean isBevolkingOp1Januari(String maatstaf) {
        return maatstaf == null || maatstaf.equals(MAATSTAF_BEVOLKING_1_JANUARI);
    }

    /** The gemeente of the row; empty after a reported problem; null for a region that is not a gemeente. */
    private Optional<GemeenteCode> gemeente(int nummer, String regio) {
        if (regio == null || regio.isEmpty()) {
            fout(nummer, "Regio's is leeg; verwacht een gemeente, bijvoorbeeld Enschede of GM0153");
            return Optional.empty();
        }
        Matcher code = GEMEENTECODE.matcher(regio.toUpperCase(Locale.ROOT));
        if (code.matches()) {
            Optional<GemeenteCode> gevonden = zoeker.opCode(new GemeenteCode(code.group(1)));
            if (gevonden.isEmpty()) {
                fout(nummer, "gemeente " + regio + " staat niet in het gemeenteregister van het platform");
            }
            return gevonden;
        }
        if (ANDERE_REGIOCODE.matcher(regio).matches()
                || regio.equalsIgnoreCase("Nederland")
                || ANDER_GEBIED.matcher(regio).matches()) {
            return null;
        }
        Optional<GemeenteCode> gevonden = zoeker.opNaam(regio);
        if (gevonden.isEmpty()) {
            fout(
                    nummer,
                    "gemeente '" + regio + "' is onbekend; gebruik de naam zoals in het gemeenteregister of de"
                            + " code, bijvoorbeeld GM0153");
        }
        return gevonden;
    }

    /** An age class [van, tot]; tot null is the total. */
    private record Leeftijd(int van, Integer tot) {}

    /** The class of the row: the total or a single year 0..17; null for other classes and after a problem. */
    private Leeftijd leeftijd(int nummer, String waarde) {
        String leeftijd = waarde == null ? "" : waarde.trim();
        if (leeftijd.equals("10000") || leeftijd.toLowerCase(Locale.ROOT).startsWith("totaal")) {
            return new Leeftijd(0, null);
        }
        Integer jaren = null;
        Matcher label = ENKEL_JAAR.matcher(leeftijd);
        Matcher code = LEEFTIJDCODE.matcher(leeftijd);
        if (label.matches()) {
            jaren = Integer.valueOf(label.group(1));
        } else if (leeftijd.equals("10010")) {
            jaren = 0;
        } else if (code.matches() && code.group(2).equals("00")) {
            jaren = Integer.valueOf(code.group(1));
        } else if (leeftijd.matches("\\d{5}")
                || leeftijd.matches("(?i)(jonger dan )?\\d{1,3}( tot \\d{1,3})? jaar( of ouder)?")) {
            return null; // an age group of the table, such as "0 tot 5 jaar" or "65 jaar of ouder"
        }
        if (jaren == null) {
            fout(
                    nummer,
                    "leeftijd '" + leeftijd + "' is onbekend; verwacht bijvoorbeeld '0 jaar', '17 jaar' of"
                            + " 'Totaal' (of de CBS-code 10010)");
            return null;
        }
        return jaren <= 17 ? new Leeftijd(jaren, jaren) : null;
    }

    private LocalDate peildatum(int nummer, String waarde) {
        Matcher periode = PERIODE.matcher(waarde == null ? "" : waarde.trim());
        if (!periode.matches()) {
            fout(nummer, "Perioden '" + waarde + "' is geen jaar; verwacht bijvoorbeeld 2025 of 2025JJ00");
            return null;
        }
        LocalDate peildatum = LocalDate.of(Integer.parseInt(periode.group(1)), 1, 1);
        if (peildatum.getYear() < EERSTE_JAAR) {
            fout(
                    nummer,
                    "Perioden " + peildatum.getYear() + " ligt voor " + EERSTE_JAAR
                            + "; het platform bewaart de bevolking vanaf " + EERSTE_JAAR);
            return null;
        }
        if (peildatum.isAfter(vandaag)) {
            fout(
                    nummer,
                    "Perioden " + peildatum.getYear() + ": 1 januari " + peildatum.getYear() + " ligt in de toekomst");
            return null;
        }
        return peildatum;
    }

    private Long aantal(int nummer, String waarde) {
        String aantal = waarde == null ? "" : waarde.trim();
        if (aantal.isEmpty() || aantal.equals(".") || aantal.equals("x") || aantal.equals("-")) {
            fout(nummer, "het aantal ontbreekt (CBS schrijft een punt voor een onbekend cijfer)");
            return null;
        }
        if (!AANTAL.matcher(aantal).matches()) {
            fout(nummer, "aantal '" + aantal + "' is geen heel getal van 0 of meer");
            return null;
        }
        return Long.valueOf(aantal);
    }

    /** Every gemeente and 1 January in the file has all single years 0..17: an import replaces what it had. */
    private void controleerVolledig(Collection<Cijfer> cijfers) {
        Map<Sleutel, Set<Integer>> jaren = new LinkedHashMap<>();
        for (Cijfer cijfer : cijfers) {
            Set<Integer> aanwezig = jaren.computeIfAbsent(
                    new Sleutel(cijfer.gemeente(), cijfer.peildatum(), 0, null), s -> new TreeSet<>());
            if (!cijfer.isTotaal()) {
                aanwezig.add(cijfer.leeftijdVan());
            }
        }
        jaren.forEach((sleutel, aanwezig) -> {
            List<String> ontbrekend = IntStream.rangeClosed(0, 17)
                    .filter(jaar -> !aanwezig.contains(jaar))
                    .mapToObj(Integer::toString)
                    .toList();
            if (!ontbrekend.isEmpty()) {
                String wat = aanwezig.isEmpty()
                        ? "geen leeftijden"
                        : ontbrekend.size() == 1
                                ? "de leeftijd " + ontbrekend.get(0) + " ontbreekt"
                                : "de leeftijden " + String.join(", ", ontbrekend) + " ontbreken";
                fout(
                        "bestand",
                        sleutel.gebied(zoeker) + ": " + wat + "; een import bevat 0 tot en met 17 jaar compleet");
            }
        });
    }

    private void verkeerdAantalKolommen(Regel regel) {
        fout(regel.nummer(), "verwacht meer kolommen, gevonden 1");
    }

    private void fout(int regel, String reden) {
        fout("regel " + regel, reden);
    }

    private void fout(String veld, String reden) {
        if (fouten.size() < MAXIMUM_FOUTEN) {
            fouten.add(new OngeldigeParameter(veld, reden));
        } else {
            foutenMeer++;
        }
    }

    /** One class of one gemeente on one day: it may appear once in a file. */
    private record Sleutel(GemeenteCode gemeente, LocalDate peildatum, int van, Integer tot) {

        String gebied(Gemeentezoeker zoeker) {
            return zoeker.naam(gemeente) + " (" + gemeente + "), " + Notatie.datum(peildatum);
        }

        String omschrijving(Gemeentezoeker zoeker) {
            return gebied(zoeker) + ", " + (tot == null ? "totaal" : van + " jaar");
        }
    }

    private static Map<Kolom, Integer> kolommen(List<String> kop) {
        Map<Kolom, Integer> kolommen = new HashMap<>();
        for (Kolom kolom : Kolom.values()) {
            for (int i = 0; i < kop.size() && !kolommen.containsKey(kolom); i++) {
                if (kolom.namen.contains(normaal(kop.get(i)))) {
                    kolommen.put(kolom, i);
                }
            }
        }
        return kolommen;
    }

    /** A header as a key: lower case letters and digits only ({@code Regio's} and {@code RegioS} both regios). */
    private static String normaal(String kop) {
        return kop.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** UTF-8 (with or without byte order mark), else Windows-1252 as older StatLine downloads are. */
    private static String tekst(byte[] inhoud) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud))
                    .toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(inhoud, Charset.forName("windows-1252"));
        }
    }

    /** One line of the file (a quoted value may span lines: the number is that of its first line). */
    record Regel(int nummer, List<String> velden) {

        boolean isLeeg() {
            return velden.stream().allMatch(String::isBlank);
        }

        /** The trimmed value at {@code kolom}; null when the file has no such column. */
        String veld(Integer kolom) {
            return kolom == null ? null : velden.get(kolom).trim();
        }
    }

    /** The lines of the file from its header on. */
    private record Regels(Regel kop, List<Regel> gegevens) {

        /** The lines split on {@code ;} or else {@code ,}, whichever finds the header; null without a header. */
        static Regels metKop(String tekst) {
            for (char scheiding : new char[] {';', ','}) {
                List<Regel> regels = splits(tekst, scheiding);
                for (int i = 0; i < regels.size(); i++) {
                    Map<Kolom, Integer> kolommen = kolommen(regels.get(i).velden());
                    if (kolommen.containsKey(Kolom.LEEFTIJD) && kolommen.containsKey(Kolom.PERIODEN)) {
                        return new Regels(regels.get(i), regels.subList(i + 1, regels.size()));
                    }
                }
            }
            return null;
        }

        /** CSV lines with their numbers; a quoted value may hold the separator, doubled quotes and line breaks. */
        private static List<Regel> splits(String tekst, char scheiding) {
            List<Regel> regels = new ArrayList<>();
            List<String> velden = new ArrayList<>();
            StringBuilder veld = new StringBuilder();
            boolean geciteerd = false;
            int regel = 1;
            int begin = 1;
            for (int i = 0; i < tekst.length(); i++) {
                char c = tekst.charAt(i);
                if (geciteerd) {
                    if (c == '"' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '"') {
                        veld.append('"');
                        i++;
                    } else if (c == '"') {
                        geciteerd = false;
                    } else {
                        if (c == '\n') {
                            regel++;
                        }
                        veld.append(c);
                    }
                } else if (c == '"') {
                    geciteerd = true;
                } else if (c == scheiding) {
                    velden.add(veld.toString());
                    veld.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '\n') {
                        i++;
                    }
                    velden.add(veld.toString());
                    veld.setLength(0);
                    regels.add(new Regel(begin, List.copyOf(velden)));
                    velden.clear();
                    regel++;
                    begin = regel;
                } else {
                    veld.append(c);
                }
            }
            if (veld.length() > 0 || !velden.isEmpty()) {
                velden.add(veld.toString());
                regels.add(new Regel(begin, List.copyOf(velden)));
            }
            return regels;
        }
    }
}
