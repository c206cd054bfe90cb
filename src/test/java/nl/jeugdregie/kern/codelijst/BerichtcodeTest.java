package nl.jeugdregie.kern.codelijst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BerichtcodeTest {

    private static final Pattern VASTE_BERICHTCODE =
            Pattern.compile("name=\"BerichtCode\">.*?<xs:pattern value=\"(\\d+)\"/>", Pattern.DOTALL);

    @Test
    void knowsTheVektisCodesOfTheIjwMessages() {
        assertThat(Berichtcode.vanCode("436")).isEqualTo(Berichtcode.JW301);
        assertThat(Berichtcode.JW318.code()).isEqualTo("487");
        assertThat(Berichtcode.JW325.code()).isEqualTo("491");
        assertThat(Berichtcode.JW323.berichttype()).isEqualTo("JW323");
    }

    @Test
    void doesNotKnowIwmoCodes() {
        assertThat(Berichtcode.isGeldig("414")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Berichtcode.class)
    void matchesTheCodeFixedInTheMessageSchema(Berichtcode berichtcode) throws IOException {
        String xsd = Files.readString(
                GedeeldeBronnen.ijwBestand("xsd/" + berichtcode.berichttype().toLowerCase() + ".xsd"));

        Matcher vasteCode = VASTE_BERICHTCODE.matcher(xsd);

        assertThat(vasteCode.find()).as("BerichtCode pattern in the schema").isTrue();
        assertThat(vasteCode.group(1)).isEqualTo(berichtcode.code());
    }

    @Test
    void pairsEachMessageWithItsAnswer() {
        assertThat(Berichtcode.JW301.retourbericht()).contains(Berichtcode.JW302);
        assertThat(Berichtcode.JW315.retourbericht()).contains(Berichtcode.JW316);
        assertThat(Berichtcode.JW319.retourbericht()).contains(Berichtcode.JW320);
        assertThat(Berichtcode.JW323.retourbericht()).contains(Berichtcode.JW325);
        assertThat(Berichtcode.JW302.retourbericht()).isEmpty();
        assertThat(Berichtcode.JW325.retourbericht()).isEmpty();
    }
}
