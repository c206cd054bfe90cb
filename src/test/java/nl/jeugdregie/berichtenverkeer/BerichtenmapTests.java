package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watched directory, on the shared application context's Berichtenbus. */
class BerichtenmapTests extends BerichtenverkeerContext {

    @Test
    void takesInAMessageAndMovesTheFile(@TempDir Path map) throws IOException {
        Files.write(map.resolve("start.xml"), Startberichten.start("MAP-1"));
        Files.writeString(map.resolve("kapot.xml"), "<geen-ijw/>", StandardCharsets.UTF_8);
        Berichtenmap berichtenmap = new Berichtenmap(bus, map, Clock.systemUTC());

        assertThat(berichtenmap.neemIn(Instant.now().plusSeconds(60))).isEqualTo(2);

        assertThat(map.resolve("verwerkt/start.xml")).exists();
        assertThat(map.resolve("start.xml")).doesNotExist();
        assertThat(map.resolve("fout/kapot.xml")).exists();
        assertThat(map.resolve("fout/kapot.xml.fout.txt")).content().contains("ONLEESBAAR");
        assertThat(aantalMet("MAP-1")).isEqualTo(1);
    }

    @Test
    void leavesAFileThatIsStillBeingWritten(@TempDir Path map) throws IOException {
        Files.write(map.resolve("bezig.xml"), Startberichten.start("MAP-2"));
        Berichtenmap berichtenmap = new Berichtenmap(bus, map, Clock.systemUTC());

        assertThat(berichtenmap.neemIn(Instant.now().minusSeconds(60))).isZero();

        assertThat(map.resolve("bezig.xml")).exists();
        assertThat(aantalMet("MAP-2")).isZero();
    }
}
