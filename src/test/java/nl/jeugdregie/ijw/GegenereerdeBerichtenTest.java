package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.SAXException;

/**
 * Thousands of random messages of every type: each passes the official XSD, our level 1 agrees, and
 * each round-trips through reader and writer.
 */
class GegenereerdeBerichtenTest {

    static final int PER_TYPE = 250;

    @ParameterizedTest
    @EnumSource(BerichtType.class)
    void generatedMessagesPassTheOfficialXsdAndOurLevelOne(BerichtType type) throws Exception {
        Schema xsd = Specificatie.schema(type.name());
        javax.xml.validation.Validator official = xsd.newValidator();
        Generator generator = new Generator(type.ordinal() * 7919L);
        for (int i = 0; i < PER_TYPE; i++) {
            Bericht bericht = generator.bericht(type);
            byte[] xml = BerichtSchrijver.bytes(bericht);
            try {
                official.validate(new StreamSource(new ByteArrayInputStream(xml)));
            } catch (SAXException e) {
                throw new AssertionError(type + " #" + i + ": " + e.getMessage() + "\n" + new String(xml), e);
            }
            Validatieresultaat ours = Validator.alleenSchema().valideer(new ByteArrayInputStream(xml));
            assertThat(ours.bevindingen())
                    .as(type + " #" + i + "\n" + new String(xml))
                    .isEmpty();
            assertThat(BerichtLezer.lees(xml)).isEqualTo(bericht);
            IjwBericht model = Berichtmodel.model(bericht);
            assertThat(model.type()).isEqualTo(type);
            assertThat(Berichtmodel.bericht(model)).as("model round trip").isEqualTo(bericht);
        }
    }

    static List<String> officialErrors(Schema xsd, byte[] xml) {
        List<String> errors = new ArrayList<>();
        try {
            xsd.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            errors.add(e.getMessage());
        }
        return errors;
    }
}
