package nl.jeugdregie.regio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.regio.Bevolkingsbestand.Cijfer;
import nl.jeugdregie.regio.Bevolkingsbestand.Gelezen;
import org.junit.jupiter.api.Test;

/** The CSV downloads of CBS table 03759ned, with labels and with codes, and what an import refuses. */
class BevolkingsbestandTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    static final Map<String, String> GEMEENTEN =
            Map.of("0153", "Enschede", "0164", "Hengelo", "0344", "Utrecht", "0888", "Beek (L.)");

    static final Bevolkingsbestand.Gemeentezoeker ZOEKER = new Bevolkingsbestand.Gemeentezoeker() {
        @Override
        public Optional<GemeenteCode> opCode(GemeenteCode code) {
            return GEMEENTEN.containsKey(code.value()) ? Optional.of(code) : Optional.empty();
        }

        @Override
        public Optional<GemeenteCode> opNaam(String naam) {
            String zonder = naam.replace(" (gemeente)", "");
            return GEMEENTEN.entrySet().stream()
                    .filter(e -> e.getValue().equalsIgnoreCase(zonder))
                    .map(e -> new GemeenteCode(e.getKey()))
                    .findFirst();
        }

        @Override
        public String naam(GemeenteCode code) {
            return GEMEENTEN.get(code.value());
        }
    };

    /** The table as StatLine shows it: labels, semicolons, every value quoted, a title above and a source below. */
    static String metLabels(String regio, String periode, int basis) {
        StringBuilder csv = new StringBuilder("\"Bevolking op 1 januari; leeftijd, burgerlijke staat, regio\"\n");
        csv.append("\"Geslacht\";\"Leeftijd\";\"Burgerlijke staat\";\"Regio's\";\"Perioden\";")
                .append("\"Bevolking op 1 januari (aantal)\";\"Gemiddelde bevolking (aantal)\"\n");
        String totaal = "\"Totaal mannen en vrouwen\";";
        csv.append(totaal)
                .append("\"Totaal\";\"Totaal burgerlijke staat\";\"")
                .append(regio)
                .append("\";\"")
                .append(periode)
                .append("\";\"")
                .append(basis * 100)
                .append("\";\".\"\n");
        for (int leeftijd = 0; leeftijd <= 20; leeftijd++) {
            csv.append(totaal)
                    .append('"')
                    .append(leeftijd)
                    .append(" jaar\";\"Totaal burgerlijke staat\";\"")
                    .append(regio)
                    .append("\";\"")
                    .append(periode)
                    .append("\";\"")
                    .append(basis + leeftijd)
                    .append("\";\"1\"\n");
            csv.append("\"Mannen\";\"")
                    .append(leeftijd)
                    .append(" jaar\";\"Totaal burgerlijke staat\";\"")
                    .append(regio)
                    .append("\";\"")
                    .append(periode)
                    .append("\";\"7\";\"7\"\n");
        }
        csv.append(totaal)
                .append("\"0 tot 5 jaar\";\"Totaal burgerlijke staat\";\"")
                .append(regio)
                .append("\";\"")
                .append(periode)
                .append("\";\"5\";\"5\"\n");
        csv.append(totaal)
                .append("\"0 jaar\";\"Ongehuwd\";\"")
                .append(regio)
                .append("\";\"")
                .append(periode)
                .append("\";\"3\";\"3\"\n");
        csv.append(totaal)
                .append("\"0 jaar\";\"Totaal burgerlijke staat\";\"Overijssel (PV)\";\"")
                .append(periode)
                .append("\";\"9\";\"9\"\n");
        csv.append("\"Bron: CBS\"\n");
        return csv.toString();
    }

    /** The data set: codes, commas, no quotes, padded region codes, periods as 2025JJ00. */
    static String metCodes(String regio, String periode, int basis) {
        StringBuilder csv =
                new StringBuilder("ID,Geslacht,Leeftijd,BurgerlijkeStaat,RegioS,Perioden,BevolkingOp1Januari_1\n");
        csv.append("1,T001038,10000,T001019,")
                .append(regio)
                .append("  ,")
                .append(periode)
                .append(',')
                .append(basis * 100)
                .append('\n');
        for (int leeftijd = 0; leeftijd <= 99; leeftijd++) {
            String code = leeftijd == 0 ? "10010" : "1" + String.format("%02d", leeftijd) + "00";
            csv.append(leeftijd + 2)
                    .append(",T001038,")
                    .append(code)
                    .append(",T001019,")
                    .append(regio)
                    .append("  ,")
                    .append(periode)
                    .append(',')
                    .append(basis + leeftijd)
                    .append('\n');
            csv.append(leeftijd + 200)
                    .append(",3000,")
                    .append(code)
                    .append(",T001019,")
                    .append(regio)
                    .append("  ,")
                    .append(periode)
                    .append(",4\n");
        }
        csv.append("999,T001038,10010,T001019,NL01  ,").append(periode).append(",170000\n");
        return csv.toString();
    }

    static Gelezen lees(String csv) {
        return Bevolkingsbestand.lees(csv.getBytes(StandardCharsets.UTF_8), ZOEKER, VANDAAG);
    }

    static List<OngeldigeParameter> fouten(String csv) {
        try {
            lees(csv);
        } catch (OngeldigeInvoer e) {
            return e.parameters();
        }
        throw new AssertionError("het bestand is niet geweigerd");
    }

    @Test
    void readsTheStatlineTableWithLabels() {
        Gelezen gelezen = lees(metLabels("Enschede", "2025*", 1000));

        assertThat(gelezen.cijfers()).hasSize(19);
        assertThat(gelezen.cijfers()).allSatisfy(c -> {
            assertThat(c.gemeente()).isEqualTo(new GemeenteCode("0153"));
            assertThat(c.peildatum()).isEqualTo(LocalDate.of(2025, 1, 1));
        });
        assertThat(gelezen.cijfers().stream().filter(Cijfer::isTotaal))
                .singleElement()
                .extracting(Cijfer::aantal)
                .isEqualTo(100_000L);
        assertThat(gelezen.cijfers().stream()
                        .filter(c -> !c.isTotaal())
                        .mapToLong(Cijfer::aantal)
                        .sum())
                .as("0..17: 18 times 1000 plus 0+1+...+17")
                .isEqualTo(18_000 + 153);
        assertThat(gelezen.overgeslagen())
                .as("18..20, men, a group, a marital status, a province")
                .isEqualTo(3 + 21 + 3);
    }

    @Test
    void readsTheDataSetWithCodes() {
        Gelezen gelezen = lees(metCodes("GM0164", "2024JJ00", 500));

        assertThat(gelezen.cijfers()).hasSize(19);
        assertThat(gelezen.cijfers())
                .filteredOn(c -> !c.isTotaal() && c.leeftijdVan() == 17)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.gemeente()).isEqualTo(new GemeenteCode("0164"));
                    assertThat(c.peildatum()).isEqualTo(LocalDate.of(2024, 1, 1));
                    assertThat(c.leeftijdTot()).isEqualTo(17);
                    assertThat(c.aantal()).isEqualTo(517);
                });
    }

    @Test
    void findsAGemeenteByItsCbsLabelAndReadsWindows1252() {
        String csv =
                metLabels("Utrecht (gemeente)", "2025", 10).replace("Bron: CBS", "Bron: CBS, bewerking © Gemeente");
        Gelezen gelezen = Bevolkingsbestand.lees(csv.getBytes(Charset.forName("windows-1252")), ZOEKER, VANDAAG);

        assertThat(gelezen.cijfers()).extracting(Cijfer::gemeente).containsOnly(new GemeenteCode("0344"));
    }

    @Test
    void namesEveryBadLineWithItsNumberInDutch() {
        String csv = metLabels("Enschede", "2025", 1000)
                .replace(
                        "\"3 jaar\";\"Totaal burgerlijke staat\";\"Enschede\";\"2025\";\"1003\"",
                        "\"drie jaar\";\"Totaal burgerlijke staat\";\"Enschede\";\"2025\";\"1003\"")
                .replace(
                        "\"5 jaar\";\"Totaal burgerlijke staat\";\"Enschede\";\"2025\";\"1005\"",
                        "\"5 jaar\";\"Totaal burgerlijke staat\";\"Enschede\";\"2025\";\"veel\"")
                .replace(
                        "\"7 jaar\";\"Totaal burgerlijke staat\";\"Enschede\";\"2025\";\"1007\"",
                        "\"7 jaar\";\"Totaal burgerlijke staat\";\"Enschede\";\"2025\";\".\"");

        assertThat(fouten(csv))
                .extracting(OngeldigeParameter::name, OngeldigeParameter::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "regel 10",
                                "leeftijd 'drie jaar' is onbekend; verwacht bijvoorbeeld '0 jaar', '17 jaar' of"
                                        + " 'Totaal' (of de CBS-code 10010)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "regel 14", "aantal 'veel' is geen heel getal van 0 of meer"),
                        org.assertj.core.groups.Tuple.tuple(
                                "regel 18", "het aantal ontbreekt (CBS schrijft een punt voor een onbekend cijfer)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "bestand",
                                "Enschede (0153), 01-01-2025: de leeftijden 3, 5, 7 ontbreken; een import bevat 0"
                                        + " tot en met 17 jaar compleet"));
    }

    @Test
    void refusesUnknownGemeentenFuturePeriodsDoublesAndMissingColumns() {
        assertThat(fouten(metCodes("GM9999", "2025JJ00", 1)))
                .extracting(OngeldigeParameter::reason)
                .contains("gemeente GM9999 staat niet in het gemeenteregister van het platform");
        assertThat(fouten(metLabels("Atlantis", "2025", 1)).get(0).reason())
                .startsWith("gemeente 'Atlantis' is onbekend");
        assertThat(fouten(metLabels("Enschede", "2027", 1)).get(0).reason())
                .isEqualTo("Perioden 2027: 1 januari 2027 ligt in de toekomst");
        String dubbel = metCodes("GM0153", "2025", 1) + "5000,T001038,10500,T001019,GM0153,2025,8\n";
        assertThat(fouten(dubbel))
                .singleElement()
                .satisfies(f -> assertThat(f.name()).isEqualTo("regel 204"))
                .extracting(OngeldigeParameter::reason)
                .isEqualTo("Enschede (0153), 01-01-2025, 5 jaar staat dubbel in het bestand (ook op regel 13)");
        assertThat(fouten("Geslacht;Leeftijd;Perioden;Bevolking\nTotaal;0 jaar;2025;5\n"))
                .singleElement()
                .extracting(OngeldigeParameter::reason)
                .isEqualTo("De kopregel mist de kolom Regio's; verwacht de CSV-download van CBS-tabel 03759ned");
        assertThat(fouten("code;naam\n\u0000;x\n").get(0).reason()).startsWith("Geen kopregel");
        assertThat(fouten(" \n").get(0).reason()).isEqualTo("Het bestand is leeg");
    }

    @Test
    void aFileWithoutRowsForAGemeenteIsRefused() {
        assertThatThrownBy(() -> lees("Leeftijd;RegioS;Perioden;BevolkingOp1Januari_1\n10010;NL01;2025JJ00;170000\n"))
                .isInstanceOf(OngeldigeInvoer.class)
                .extracting(e -> ((OngeldigeInvoer) e).parameters().get(0).reason())
                .isEqualTo("Het bestand bevat geen rijen voor een gemeente met het totaal van mannen en vrouwen en van"
                        + " de burgerlijke staat");
    }
}
