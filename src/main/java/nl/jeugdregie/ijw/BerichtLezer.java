package nl.jeugdregie.ijw;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole iJw message into memory ({@link Bericht}). For checking a message, possibly a large
 * one, use {@link Validator}, which streams.
 */
public final class BerichtLezer {

    private BerichtLezer() {}

    /**
     * @throws OnleesbaarBericht when the input is not an iJw 3.2 message, or so broken (DOCTYPE, encoding,
     *     size) that no message element could be read
     */
    public static Bericht lees(InputStream input) {
        List<Bevinding> bevindingen = new ArrayList<>();
        Ontleder.Ontleding uitkomst = Ontleder.lees(input, true, null, bevindingen);
        if (uitkomst.root() == null) {
            throw new OnleesbaarBericht(
                    bevindingen.isEmpty()
                            ? "Bericht kan niet worden gelezen"
                            : "Bericht kan niet worden gelezen: "
                                    + bevindingen.get(0).melding());
        }
        return new Bericht(uitkomst.type(), uitkomst.root());
    }

    public static Bericht lees(Path bestand) throws IOException {
        try (InputStream in = Files.newInputStream(bestand)) {
            return lees(in);
        }
    }

    public static Bericht lees(byte[] bytes) {
        return lees(new ByteArrayInputStream(bytes));
    }
}
