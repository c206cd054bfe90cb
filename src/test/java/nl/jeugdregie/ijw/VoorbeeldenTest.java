package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every official example round-trips: read, write, XML-equivalent, and what we write passes the XSD. */
class VoorbeeldenTest {

    static Stream<Path> voorbeelden() throws IOException {
        try (Stream<Path> files = Files.list(Specificatie.map().resolve("voorbeelden"))) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("voorbeelden")
    void roundTripsOfficialExample(Path voorbeeld) throws Exception {
        byte[] original = Files.readAllBytes(voorbeeld);
        Bericht bericht = BerichtLezer.lees(original);
        assertThat(bericht.type().name())
                .isEqualTo(voorbeeld.getFileName().toString().replace(".xml", ""));

        byte[] written = BerichtSchrijver.bytes(bericht);

        assertThat(XmlVergelijking.canonical(written)).isEqualTo(XmlVergelijking.canonical(original));
        Specificatie.schema(bericht.type().name())
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(written)));
        assertThat(written[0]).isEqualTo((byte) '<');
    }

    @ParameterizedTest
    @MethodSource("voorbeelden")
    void roundTripsOfficialExampleThroughTheTypedModel(Path voorbeeld) throws Exception {
        byte[] original = Files.readAllBytes(voorbeeld);
        IjwBericht model = Berichtmodel.model(BerichtLezer.lees(original));

        byte[] written = BerichtSchrijver.bytes(Berichtmodel.bericht(model));

        assertThat(XmlVergelijking.canonical(written)).isEqualTo(XmlVergelijking.canonical(original));
    }

    @ParameterizedTest
    @MethodSource("voorbeelden")
    void findsNoSchemaErrorsInOfficialExample(Path voorbeeld) throws Exception {
        Validatieresultaat resultaat = Validator.standaard().valideer(voorbeeld);
        List<Bevinding> niveau1 =
                resultaat.bevindingen().stream().filter(b -> b.niveau() == 1).toList();
        assertThat(niveau1).isEmpty();
    }
}
