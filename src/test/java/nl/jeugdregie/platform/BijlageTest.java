package nl.jeugdregie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class BijlageTest {

    @Test
    void aNameBreakingOutOfItsParameterStaysOneFileName() {
        String kop = Bijlage.als("JW301-A\";b=\".x.xml").toString();

        assertThat(kop).isEqualTo("attachment; filename=\"JW301-A__b=_.x.xml\"; filename*=UTF-8''JW301-A__b%3D_.x.xml");
        assertThat(ContentDisposition.parse(kop).getFilename()).isEqualTo("JW301-A__b=_.x.xml");
    }

    @Test
    void controlCharactersAndPathsCannotReachTheHeader() {
        String kop = Bijlage.als("a\r\nSet-Cookie: x=y/../b\\c.xml").toString();

        assertThat(kop).doesNotContain("\r", "\n", "/", "\\");
        assertThat(ContentDisposition.parse(kop).getFilename()).isEqualTo("a__Set-Cookie_ x=y_.._b_c.xml");
    }

    @Test
    void aNameOutsideAsciiKeepsItsUtf8NameAndGetsAnAsciiFallback() {
        String kop = Bijlage.als("cliënt-日本.xml").toString();

        assertThat(kop).startsWith("attachment; filename=\"client-__.xml\"; filename*=UTF-8''cli%C3%ABnt-");
        assertThat(ContentDisposition.parse(kop).getFilename()).isEqualTo("cliënt-日本.xml");
    }

    @Test
    void anEmptyNameBecomesAName() {
        assertThat(Bijlage.als("  ").getFilename()).isEqualTo("bestand");
    }
}
