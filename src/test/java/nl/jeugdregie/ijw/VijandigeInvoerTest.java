package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input: DTDs and entities are refused unresolved, size and encoding are checked, bytes never crash. */
class VijandigeInvoerTest {

    static final String JW305 = "http://www.istandaarden.nl/ijw/3_2/jw305/schema";

    static Validatieresultaat valideer(byte[] bytes) {
        return Validator.standaard().valideer(new ByteArrayInputStream(bytes));
    }

    static byte[] voorbeeld() throws IOException {
        return Files.readAllBytes(Specificatie.map().resolve("voorbeelden/JW305.xml"));
    }

    @Test
    void refusesExternalEntitiesWithoutResolvingThem(@TempDir Path map) throws Exception {
        Path geheim = Files.writeString(map.resolve("geheim.txt"), "GEHEIM");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"" + geheim.toUri() + "\">]>"
                + "<b:Bericht xmlns:b=\"" + JW305 + "\"><b:Header>&x;</b:Header></b:Bericht>";
        Validatieresultaat resultaat = valideer(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(resultaat.bevindingen()).extracting(Bevinding::regel).containsExactly("OP192");
        assertThat(resultaat.bevindingen().toString()).doesNotContain("GEHEIM").contains("DOCTYPE");
    }

    @Test
    void refusesBillionLaughsQuickly() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]><Bericht xmlns=\"" + JW305 + "\">&lol9;</Bericht>");
        Validatieresultaat resultaat = valideer(dtd.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(resultaat.bevindingen()).extracting(Bevinding::regel).containsExactly("OP192");
    }

    @Test
    void refusesUndeclaredEntityReferences() {
        String xml = "<Bericht xmlns=\"" + JW305 + "\">&onbekend;</Bericht>";
        assertThatThrownBy(() -> valideer(xml.getBytes(StandardCharsets.UTF_8))).isInstanceOf(OnleesbaarBericht.class);
    }

    @Test
    void reportsByteOrderMark() throws Exception {
        byte[] xml = voorbeeld();
        byte[] metBom = new byte[xml.length + 3];
        metBom[0] = (byte) 0xEF;
        metBom[1] = (byte) 0xBB;
        metBom[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, metBom, 3, xml.length);
        Validatieresultaat resultaat = valideer(metBom);
        assertThat(resultaat.bericht()).isEqualTo(BerichtType.JW305);
        assertThat(resultaat.bevindingen()).extracting(Bevinding::regel).containsExactly("OP192");
    }

    @Test
    void reportsBytesThatAreNotUtf8() throws Exception {
        String xml =
                new String(voorbeeld(), StandardCharsets.UTF_8).replace("<ijw:Achternaam>", "<ijw:Achternaam>\u00e9");
        byte[] latin1 = xml.getBytes(StandardCharsets.ISO_8859_1);
        Validatieresultaat resultaat = valideer(latin1);
        assertThat(resultaat.bevindingen()).extracting(Bevinding::regel).contains("OP192");
        assertThat(resultaat.geldig()).isFalse();
    }

    @Test
    void reportsADeclaredEncodingOtherThanUtf8() throws Exception {
        String xml = new String(voorbeeld(), StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        assertThat(valideer(xml.getBytes(StandardCharsets.ISO_8859_1)).bevindingen())
                .extracting(Bevinding::regel)
                .containsExactly("OP192");
    }

    @Test
    void refusesFilesOver25MegabytesWithoutReadingThem(@TempDir Path map) throws Exception {
        Path groot = map.resolve("groot.xml");
        try (OutputStream out = Files.newOutputStream(groot)) {
            out.write(voorbeeld());
            byte[] commentaar = ("<!--" + "x".repeat(1_000_000) + "-->\r\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 27; i++) {
                out.write(commentaar);
            }
        }
        Validatieresultaat resultaat = Validator.standaard().valideer(groot);
        assertThat(resultaat.bericht()).isEqualTo(BerichtType.JW305);
        assertThat(resultaat.bevindingen()).extracting(Bevinding::regel).containsExactly("OP179");
    }

    @Test
    void stopsAStreamOver25Megabytes() throws Exception {
        InputStream begin =
                new ByteArrayInputStream(("<Bericht xmlns=\"" + JW305 + "\"><!--").getBytes(StandardCharsets.UTF_8));
        InputStream eindeloos = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        Validatieresultaat resultaat = Validator.standaard().valideer(new SequenceInputStream(begin, eindeloos));
        assertThat(resultaat.bevindingen()).extracting(Bevinding::regel).contains("OP179");
    }

    /** Seeded fuzzing: random and mutated bytes give a result or OnleesbaarBericht, nothing else. */
    @Test
    void randomAndMutatedBytesNeverCrashTheReader() throws Exception {
        byte[] basis = voorbeeld();
        Random random = new Random(20260401);
        for (int i = 0; i < 3000; i++) {
            byte[] input;
            if (i % 3 == 0) {
                input = new byte[random.nextInt(200)];
                random.nextBytes(input);
            } else {
                input = basis.clone();
                int mutaties = 1 + random.nextInt(8);
                for (int m = 0; m < mutaties; m++) {
                    if (input.length == 0) {
                        break;
                    }
                    int at = random.nextInt(input.length);
                    switch (random.nextInt(3)) {
                        case 0 -> input[at] = (byte) random.nextInt(256);
                        case 1 -> input[at] = (byte) "<>&;:/=\"' \u0000]".charAt(random.nextInt(12));
                        default -> input = java.util.Arrays.copyOf(input, at);
                    }
                }
            }
            try {
                Validatieresultaat resultaat = valideer(input);
                assertThat(resultaat.bevindingen()).isNotNull();
            } catch (OnleesbaarBericht verwacht) {
                assertThat(verwacht.getMessage()).isNotBlank();
            }
        }
    }
}
