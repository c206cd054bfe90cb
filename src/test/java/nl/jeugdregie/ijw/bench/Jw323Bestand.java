package nl.jeugdregie.ijw.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.jeugdregie.ijw.BerichtSchrijver;
import nl.jeugdregie.ijw.Declaraties;

/** Writes the benchmark's JW323 (about 24 MB) to a file, e.g. for a whole-process comparison. */
public final class Jw323Bestand {

    static final int CLIENTEN = 2_900;
    static final int PRESTATIES_PER_CLIENT = 10;

    private Jw323Bestand() {}

    static byte[] bytes() {
        return BerichtSchrijver.bytes(Declaraties.jw323(CLIENTEN, PRESTATIES_PER_CLIENT));
    }

    public static void main(String[] args) throws IOException {
        Path doel = Path.of(args.length > 0 ? args[0] : "target/jw323-24mb.xml");
        Files.write(doel, bytes());
        System.out.println(doel + " " + Files.size(doel) + " bytes");
    }
}
