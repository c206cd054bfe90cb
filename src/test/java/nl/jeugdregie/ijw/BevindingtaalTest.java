package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every finding reads in the aanbieder's language: amounts in euros, the prestatie and the jeugdige named as the
 * message names them, what was expected, why a date does not exist, and what a file is when it is no iJw message.
 */
class BevindingtaalTest {

    /** Words of the English parser messages that must never reach a finding. */
    static final Pattern ENGELS = Pattern.compile(
            "(?i)\\b(the|must|content|prolog|structures|expected|invalid|exception|premature|end-tag|allowed)\\b");

    static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie/";

    static Bericht declaratie() {
        return Declaraties.jw323(2, 2);
    }

    static List<Bevinding> bevindingen(Bericht bericht) {
        return bevindingen(BerichtSchrijver.bytes(bericht));
    }

    static List<Bevinding> bevindingen(byte[] xml) {
        return Validator.standaard().valideer(new ByteArrayInputStream(xml)).bevindingen();
    }

    static String melding(List<Bevinding> bevindingen, String regel) {
        return bevindingen.stream()
                .filter(b -> b.regel().equals(regel))
                .map(Bevinding::melding)
                .findFirst()
                .orElseThrow(() -> new AssertionError("geen " + regel + " in " + bevindingen));
    }

    @Test
    void comparesTheTotalWithTheSumOfThePrestatiesInEuros() {
        List<Bevinding> bevindingen =
                bevindingen(Wijzig.zet(declaratie(), "Declaratie/TotaalIngediendBedrag/TotaalBedrag", "58000"));

        assertThat(melding(bevindingen, "TR358"))
                .isEqualTo("Declaratie DN2026001: TotaalIngediendBedrag is € 580,00, maar de ingediende bedragen van de"
                        + " prestaties zijn samen € 200,00 (debet min credit; verschil € 380,00)")
                .doesNotContain("58000", "20000");
    }

    @Test
    void explainsAJw325WhoseTotalsDoNotAddUpInEuros() throws Exception {
        String jw325 = java.nio.file.Files.readString(
                        Specificatie.map().resolve("voorbeelden").resolve("JW325.xml"))
                .replace("<ijw:TotaalBedrag>34000<", "<ijw:TotaalBedrag>30000<");

        assertThat(melding(bevindingen(jw325.getBytes(StandardCharsets.UTF_8)), "TR342"))
                .endsWith("De afgewezen prestaties zijn samen € -240,00, maar het verschil tussen ingediend (€ -580,00)"
                        + " en toegekend (€ -300,00) is € -280,00");
    }

    @Test
    void quotesTheAmountAndVolumeOfAEuroPrestatieInEuros() {
        Bericht bericht = Wijzig.zet(declaratie(), PRESTATIE + "Eenheid", "83");
        bericht = Wijzig.verwijder(bericht, PRESTATIE + "ProductTarief");

        assertThat(melding(bevindingen(bericht), "CS339"))
                .isEqualTo(
                        "Prestatie R1 van jeugdige met BSN eindigend op 0010: Bij eenheid euro's (83) moet het ingediende"
                                + " bedrag gelijk zijn aan het geleverde volume, maar het ingediende bedrag is € 50,00 en het"
                                + " geleverde volume € 0,04");
    }

    @Test
    void namesAnAmountOverTheMaximumInEuros() {
        List<Bevinding> bevindingen =
                bevindingen(Wijzig.zet(declaratie(), PRESTATIE + "IngediendBedrag/Bedrag", "100000000"));

        assertThat(melding(bevindingen, "RS005"))
                .isEqualTo(
                        "Prestatie R1 van jeugdige met BSN eindigend op 0010: Bedrag van IngediendBedrag is € 1.000.000,00,"
                                + " meer dan het maximum van € 999.999,99")
                .doesNotContain("100000000", "99999999");
    }

    @Test
    void namesThePrestatieByItsReferentieNummerAndTheJeugdigeByBsn() {
        Bevinding bevinding = bevindingen(Wijzig.verwijder(declaratie(), PRESTATIE + "ProductTarief"))
                .get(0);

        assertThat(bevinding.regel()).isEqualTo("CD087");
        assertThat(bevinding.pad())
                .as("the machine path stays")
                .isEqualTo("/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductTarief");
        assertThat(bevinding.melding())
                .startsWith("Prestatie R1 van jeugdige met BSN eindigend op 0010: ProductTarief is");
    }

    @Test
    void namesTheJeugdigeByNameWhereTheMessageHasIt() {
        Bericht jw301 = BerichtregelsTest.voorbeeld("JW301");

        assertThat(melding(bevindingen(Wijzig.zet(jw301, "Client/Bsn", "123456789")), "CS002"))
                .isEqualTo("Jeugdige met BSN eindigend op 6789: BSN voldoet niet aan de elfproef");
        assertThat(melding(
                        bevindingen(Wijzig.zet(
                                jw301, "Client/ToegewezenProducten/ToegewezenProduct/Einddatum", "2000-01-01")),
                        "CS003"))
                .startsWith(
                        "Toewijzing 300201 van jeugdige met BSN eindigend op 0006: Einddatum 01-01-2000 ligt voor de"
                                + " Ingangsdatum");
    }

    @Test
    void namesStartsStopsAndOverlappingToewijzingenByTheirNumber() {
        assertThat(melding(
                        bevindingen(Wijzig.zet(
                                BerichtregelsTest.voorbeeld("JW305"),
                                "Client/StartProducten/StartProduct/StatusAanlevering",
                                "2")),
                        "CS058"))
                .startsWith(
                        "Start bij toewijzing 300201 van jeugdige met BSN eindigend op 0006: StatusAanlevering moet");
        assertThat(melding(
                        bevindingen(Wijzig.zet(
                                BerichtregelsTest.voorbeeld("JW307"),
                                "Client/StopProducten/StopProduct/Einddatum",
                                "2000-01-01")),
                        "TR018"))
                .startsWith(
                        "Stop bij toewijzing 300201 van jeugdige met BSN eindigend op 0006: Einddatum 01-01-2000 ligt"
                                + " voor de Begindatum");
        assertThat(melding(
                        bevindingen(Wijzig.zet(
                                BerichtregelsTest.voorbeeld("JW301"),
                                "Client/ToegewezenProducten/ToegewezenProduct/Product/Code",
                                "55A12")),
                        "TR302"))
                .startsWith("Toewijzing 300202 van jeugdige met BSN eindigend op 0006: De periode ")
                .contains(" overlapt met die van hetzelfde product in toewijzing 300201 (");
    }

    @Test
    void namesTheAllowedCodesWithTheirNames() {
        assertThat(melding(bevindingen(Wijzig.zet(declaratie(), PRESTATIE + "Eenheid", "05")), "XSD"))
                .isEqualTo(
                        "Prestatie R1 van jeugdige met BSN eindigend op 0010: Eenheid '05' is geen geldige code; verwacht een"
                                + " van de codes Minuut (01), Uur (04), Etmaal (14), Dagdeel (4 uur) (16), Stuks (output) (82),"
                                + " Euro's (83) of Stuks (inspanning) (84)");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Declaratie/Clienten/Client/Bsn | 12345678 | 1e jeugdige: Bsn '12345678' is ongeldig; verwacht een BSN"
                        + " van 9 cijfers",
                PRESTATIE + "ProductReferentie/ReferentieNummer | R0123456789012345678901 | 1e prestatie van jeugdige"
                        + " met BSN eindigend op 0010: ReferentieNummer van ProductReferentie is 23 tekens lang; hoogstens 20"
                        + " tekens zijn toegestaan",
                PRESTATIE
                        + "ProductPeriode/Begindatum | 1-1-2026 | Prestatie R1 van jeugdige met BSN eindigend op 0010:"
                        + " Begindatum van ProductPeriode '1-1-2026' is geen datum; verwacht een datum als 2026-03-31"
                        + " (jaar, maand en dag met streepjes)",
                PRESTATIE
                        + "GeleverdVolume | 4,5 | Prestatie R1 van jeugdige met BSN eindigend op 0010: GeleverdVolume '4,5'"
                        + " is geen geheel getal",
                PRESTATIE
                        + "ProductTarief | 12,50 | Prestatie R1 van jeugdige met BSN eindigend op 0010: ProductTarief '12,50'"
                        + " is geen bedrag in eurocenten; verwacht een geheel getal, zoals 58000 voor € 580,00",
                "Header/Ontvanger | 384 | Ontvanger '384' is ongeldig; verwacht een gemeentecode van 4 cijfers, zoals"
                        + " 0153",
            })
    void saysWhatWasExpected(String pad, String waarde, String verwacht) {
        assertThat(bevindingen(Wijzig.zet(declaratie(), pad, waarde)))
                .extracting(Bevinding::melding)
                .contains(verwacht);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2027-06-31 | 2027-06-31 bestaat niet: juni heeft 30 dagen",
                "2026-02-29 | 2026-02-29 bestaat niet: 2026 is geen schrikkeljaar",
                "2024-02-30 | 2024-02-30 bestaat niet: februari heeft 29 dagen",
                "2026-13-01 | 2026-13-01 bestaat niet: er is geen maand 13 (een jaar heeft maand 01 tot en met 12)",
                "2026-04-00 | 2026-04-00 bestaat niet: een maand begint op dag 01",
            })
    void explainsWhyADateDoesNotExist(String datum, String uitleg) {
        assertThat(bevindingen(Wijzig.zet(declaratie(), PRESTATIE + "ProductPeriode/Einddatum", datum)))
                .extracting(Bevinding::melding)
                .contains(
                        "Prestatie R1 van jeugdige met BSN eindigend op 0010: Einddatum van ProductPeriode " + uitleg);
    }

    @Test
    void namesAFileThatIsNoXmlForWhatItIs() {
        assertThat(onleesbaar(new byte[] {'P', 'K', 3, 4, 20, 0}))
                .startsWith("Dit is een zip-bestand (of een Excel- of Word-bestand), geen iJw-bericht.");
        assertThat(onleesbaar("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .startsWith("Dit is een PDF-bestand, geen iJw-bericht.");
        assertThat(onleesbaar(new byte[0])).isEqualTo("Het bestand is leeg (0 bytes); er staat geen iJw-bericht in.");
        assertThat(onleesbaar(" \n ".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("Het bestand bevat geen XML-element en dus geen iJw-bericht.");
        assertThat(onleesbaar("Naam;Bsn\nde Wit;999900006".getBytes(StandardCharsets.UTF_8)))
                .startsWith("Dit is geen XML-bestand: er staat tekst op regel 1, kolom 1");
        assertThat(onleesbaar("<a:Bericht xmlns:a=\"http://www.istandaarden.nl/iwmo/3_2/wmo301/schema\"/>"
                        .getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Dit is een iWmo 3.2-bericht (WMO301, Wmo), geen iJw-bericht (Jeugdwet).");
    }

    @Test
    void namesWhereABrokenXmlFileStops() {
        String xml = new String(BerichtSchrijver.bytes(declaratie()), StandardCharsets.UTF_8);
        String afgebroken = xml.substring(0, xml.indexOf("<jw323:GeleverdVolume>"));

        assertThat(onleesbaar(afgebroken.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Het XML-bestand is afgebroken op regel "
                        + afgebroken.lines().count() + ", kolom 7: het"
                        + " houdt op midden in element Prestatie, voordat alle elementen zijn gesloten. Stuur het"
                        + " volledige bestand opnieuw.");
        assertThat(onleesbaar(xml.replaceFirst("</jw323:DeclaratieNummer>", "</jw323:Declaratienummer>")
                        .getBytes(StandardCharsets.UTF_8)))
                .startsWith("Het XML-bestand is kapot op regel 19")
                .contains("element jw323:DeclaratieNummer wordt gesloten met een andere naam");
    }

    @Test
    void namesAFileInAnotherEncoding() {
        String xml = new String(BerichtSchrijver.bytes(BerichtregelsTest.voorbeeld("JW301")), StandardCharsets.UTF_8);
        String metAccent = xml.replace(">Wit<", ">Wité<");
        long regel = metAccent.substring(0, metAccent.indexOf("Wité")).lines().count();

        assertThat(bevindingen(metAccent.getBytes(StandardCharsets.ISO_8859_1)))
                .extracting(Bevinding::regel, Bevinding::melding)
                .first()
                .satisfies(b -> assertThat(b.toList())
                        .containsExactly(
                                "OP192",
                                "Het bestand is niet in UTF-8 opgeslagen: op regel " + regel + " staat een teken in een"
                                        + " andere tekenset (zoals Windows-1252 of ISO-8859-1; vaak een letter met een"
                                        + " accent, zoals é of ë). Sla het bericht opnieuw op als UTF-8 zonder BOM."));
        assertThat(bevindingen(xml.getBytes(StandardCharsets.UTF_16LE)))
                .extracting(Bevinding::melding)
                .containsExactly(
                        "Het bestand is opgeslagen als UTF-16 (Unicode); alleen UTF-8 zonder BOM is toegestaan."
                                + " Sla het bericht opnieuw op als UTF-8.");
    }

    /** Messages broken in many small ways: no finding carries the parser's English. */
    @ParameterizedTest
    @EnumSource(BerichtType.class)
    void noFindingOfABrokenMessageIsInEnglish(BerichtType type) {
        Generator generator = new Generator(7_000_001L * (type.ordinal() + 1));
        Mutator mutator = new Mutator(generator.random());
        for (int i = 0; i < 100; i++) {
            byte[] xml = mutator.mutate(generator.bericht(type));
            String tekst;
            try {
                tekst = bevindingen(xml).stream()
                        .map(Bevinding::melding)
                        .toList()
                        .toString();
            } catch (OnleesbaarBericht e) {
                tekst = e.getMessage();
            }
            assertThat(ENGELS.matcher(tekst).find())
                    .as(type + " #" + i + ": " + tekst)
                    .isFalse();
        }
    }

    /** A check on stored data knows only the path; its finding names the prestatie and jeugdige like the others. */
    @Test
    void namesTheClassAtThePathOfACheckOnStoredData() {
        Bericht bericht = declaratie();
        String tweede = "/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2]";
        String bsn = bericht.element()
                .find("Declaratie/Clienten")
                .children("Client")
                .get(1)
                .text("Bsn");
        String referentie = bericht.element()
                .find("Declaratie/Clienten")
                .children("Client")
                .get(1)
                .find("Prestaties")
                .children("Prestatie")
                .get(1)
                .text("ProductReferentie/ReferentieNummer");

        assertThat(Aanduiding.melding(bericht, tweede, "Er is geen toewijzing voor deze periode."))
                .isEqualTo("Prestatie " + referentie + " van jeugdige met BSN eindigend op " + bsn.substring(5)
                        + ": Er is geen toewijzing voor deze periode.");
        assertThat(Aanduiding.melding(bericht, "/Bericht/Declaratie", "De declaratie is te laat."))
                .isEqualTo("Declaratie DN2026001: De declaratie is te laat.");
        assertThat(Aanduiding.melding(bericht, "/Bericht/Header", "Al ontvangen."))
                .isEqualTo("Al ontvangen.");
        assertThat(Aanduiding.melding(bericht, "/Bericht/Declaratie/Clienten/Client[9]", "Onbekend."))
                .isEqualTo("Declaratie DN2026001: Onbekend.");
        assertThat(Aanduiding.melding(null, tweede, "Zonder bericht.")).isEqualTo("Zonder bericht.");
        String alGenoemd = "Prestatie " + referentie + " van jeugdige met BSN eindigend op " + bsn.substring(5) + ": x";
        assertThat(Aanduiding.melding(bericht, tweede, alGenoemd)).isEqualTo(alGenoemd);
    }

    private static String onleesbaar(byte[] inhoud) {
        Throwable fout = catchThrowable(() -> bevindingen(inhoud));
        assertThat(fout).isInstanceOf(OnleesbaarBericht.class);
        return fout.getMessage();
    }
}
