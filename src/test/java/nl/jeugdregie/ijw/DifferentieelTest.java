package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.validation.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Differential testing against the JDK's XSD validation with the official XSDs: a message broken in a
 * small way is rejected at level 1 by our validator exactly when the official XSD rejects it.
 */
class DifferentieelTest {

    static final int PER_TYPE = Integer.getInteger("ijw.mutanten", 200);

    @ParameterizedTest
    @EnumSource(BerichtType.class)
    void rejectsExactlyWhatTheOfficialXsdRejects(BerichtType type) {
        Schema xsd = Specificatie.schema(type.name());
        Generator generator = new Generator(1_000_003L * (type.ordinal() + 1));
        Mutator mutator = new Mutator(generator.random());
        int rejected = 0;
        for (int i = 0; i < PER_TYPE; i++) {
            byte[] xml = mutator.mutate(generator.bericht(type));
            List<String> official = GegenereerdeBerichtenTest.officialErrors(xsd, xml);
            List<Bevinding> ours = Validator.alleenSchema()
                    .valideer(new ByteArrayInputStream(xml))
                    .bevindingen();
            String context = type + " #" + i + " official=" + official + " ours=" + ours + "\n"
                    + new String(xml, StandardCharsets.UTF_8);
            assertThat(ours.isEmpty()).as(context).isEqualTo(official.isEmpty());
            rejected += official.isEmpty() ? 0 : 1;
        }
        assertThat(rejected).as("most mutants break the schema").isGreaterThan(PER_TYPE / 3);
    }
}
