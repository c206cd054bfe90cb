package nl.jeugdregie.ijw.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.jeugdregie.ijw.Declaraties;

/** Writes the benchmark's JW323 (about 24 MB) to a file, e.g. for a whole-process comparison. */
public final class Jw323Bestand {

    static final int CLIENTEN = 2_900;
    static final int PRESTATIES_PER_CLIENT = 10;

    private Jw323Bestand() {}

    static byte[] bytes() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(25 << 20);
        Declaraties.schrijf(CLIENTEN, PRESTATIES_PER_CLIENT, out);
        return out.toByteArray();
    }

    public static void main(String[] args) throws IOException {
        Path doel = Path.of(args.length > 0 ? args[0] : "target/jw323-24mb.xml");
        try (java.io.OutputStream out = Files.newOutputStream(doel)) {
            Declaraties.schrijf(CLIENTEN, PRESTATIES_PER_CLIENT, out);
        }
        System.out.println(doel + " " + Files.size(doel) + " bytes");
    }
}
