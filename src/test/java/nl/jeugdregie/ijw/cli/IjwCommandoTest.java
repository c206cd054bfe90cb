package nl.jeugdregie.ijw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import nl.jeugdregie.ijw.BerichtLezer;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Declaraties;
import nl.jeugdregie.ijw.Specificatie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IjwCommandoTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final IjwCommando commando = new IjwCommando(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2026-04-02T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    static String voorbeeld(String naam) {
        return Specificatie.map().resolve("voorbeelden").resolve(naam).toString();
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneJsonLinePerFileAndExitsZeroWhenAllValid() {
        int exit = commando.execute(List.of("valideer", voorbeeld("JW301.xml"), voorbeeld("JW305.xml")));
        assertThat(exit).isZero();
        assertThat(out().lines()).hasSize(2).allMatch(l -> l.contains("\"geldig\":true"));
        assertThat(out().lines().findFirst().orElseThrow())
                .isEqualTo("{\"bestand\":" + Json.string(voorbeeld("JW301.xml"))
                        + ",\"bericht\":\"JW301\",\"geldig\":true,\"bevindingen\":[]}");
    }

    @Test
    void exitsOneWithFindingsWhenInvalid() {
        int exit = commando.execute(List.of("valideer", voorbeeld("JW317.xml")));
        assertThat(exit).isEqualTo(1);
        assertThat(out())
                .contains(
                        "{\"regel\":\"CS003\",\"retourcode\":\"0001\",\"pad\":\"/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Einddatum\"");
    }

    @Test
    void exitsTwoWithAMessageOnStderrWhenAFileIsNoIjwMessage(@TempDir Path map) throws Exception {
        Path leeg = Files.createFile(map.resolve("leeg.xml"));
        Path vreemd = Files.writeString(map.resolve("vreemd.xml"), "<a xmlns=\"urn:x\"/>");
        Path geenXml = Files.writeString(map.resolve("tekst.xml"), "gewoon tekst");
        int exit = commando.execute(
                List.of("valideer", leeg.toString(), vreemd.toString(), geenXml.toString(), voorbeeld("JW317.xml")));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Het bestand is leeg", "onbekende namespace urn:x", "Dit is geen XML-bestand");
        assertThat(out().lines()).hasSize(4);
    }

    @Test
    void namesAZipOrRandomBytesInDutchWithoutTheParsersEnglish(@TempDir Path map) throws Exception {
        Path zip = Files.write(map.resolve("berichten.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        Path ruis = Files.writeString(map.resolve("ruis.xml"), "%PS-Adobe tekst die geen XML is");
        String jw301 = Files.readString(Path.of(voorbeeld("JW301.xml")));
        Path afgebroken = Files.writeString(
                map.resolve("afgebroken.xml"),
                jw301.substring(0, jw301.indexOf("</jw301:Header>") + "</jw301:Header>".length()));
        int exit = commando.execute(List.of("valideer", zip.toString(), ruis.toString(), afgebroken.toString()));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(
                        "Dit is een zip-bestand (of een Excel- of Word-bestand), geen iJw-bericht",
                        "Dit is geen XML-bestand: er staat tekst op regel 1, kolom 1",
                        "Het XML-bestand is afgebroken op regel 17")
                .doesNotContain("ParseError", "Exception", "prolog");
    }

    @Test
    void writesTheRetourbericht(@TempDir Path map) throws Exception {
        int exit = commando.execute(List.of("retour", voorbeeld("JW305.xml"), "--uit", map.toString()));
        assertThat(exit).isZero();
        Path retour = map.resolve("JW305.JW306.xml");
        assertThat(out().strip()).isEqualTo(retour.toString());
        assertThat(BerichtLezer.lees(retour).type()).isEqualTo(BerichtType.JW306);
        assertThat(BerichtLezer.lees(retour).header().text("DagtekeningRetour")).isEqualTo("2026-04-02");
    }

    @Test
    void escapesJson() {
        assertThat(Json.string("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    @Test
    void printsAmountsInEurosTheNamedPrestatieAndWhyADateDoesNotExist(@TempDir Path map) throws Exception {
        String jw323 = new String(BerichtSchrijver.bytes(Declaraties.jw323(1, 2)), StandardCharsets.UTF_8)
                .replace("<ijw:TotaalBedrag>10000<", "<ijw:TotaalBedrag>58000<")
                .replaceFirst("<ijw:Einddatum>2026-01-31</ijw:Einddatum>\\s*</jw323:ProductPeriode>", """
                        <ijw:Einddatum>2026-02-29</ijw:Einddatum></jw323:ProductPeriode>""");
        Path bestand = Files.writeString(map.resolve("declaratie.xml"), jw323);

        assertThat(commando.execute(List.of("valideer", bestand.toString()))).isEqualTo(IjwCommando.ONGELDIG);
        assertThat(out())
                .contains("\"melding\":\"Declaratie DN2026001: TotaalIngediendBedrag is € 580,00, maar de ingediende"
                        + " bedragen van de prestaties zijn samen € 100,00")
                .contains(
                        "\"pad\":\"/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductPeriode/Einddatum\","
                                + "\"melding\":\"Prestatie R1 van jeugdige met BSN eindigend op 0010: Einddatum van ProductPeriode"
                                + " 2026-02-29 bestaat niet: 2026 is geen schrikkeljaar\"");
    }

    @Test
    void namesFilesThatAreNoMessageInDutch(@TempDir Path map) throws Exception {
        Path pdf = Files.writeString(map.resolve("factuur.pdf"), "%PDF-1.7 ...");
        Path leeg = Files.createFile(map.resolve("leeg.xml"));
        Path weg = map.resolve("bestaat-niet.xml");

        assertThat(commando.execute(List.of("valideer", pdf.toString(), leeg.toString(), weg.toString())))
                .isEqualTo(IjwCommando.ONLEESBAAR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(pdf + ": Dit is een PDF-bestand, geen iJw-bericht.")
                .contains(leeg + ": Het bestand is leeg (0 bytes); er staat geen iJw-bericht in.")
                .contains(weg + ": Bestand bestaat niet");
        assertThat(out()).contains("\"fout\":\"Dit is een PDF-bestand, geen iJw-bericht.");
    }
}
