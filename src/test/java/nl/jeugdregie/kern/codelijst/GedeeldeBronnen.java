package nl.jeugdregie.kern.codelijst;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared iJw 3.2 sources next to the project, used as a test oracle when they are present. */
final class GedeeldeBronnen {

    private GedeeldeBronnen() {}

    /** The file below {@code <shared>/ijw-3.2}; skips the calling test when it is absent. */
    static Path ijwBestand(String relatief) {
        Path shared = Path.of(System.getProperty("jeugdregie.shared", "../shared"));
        Path bestand = shared.resolve("ijw-3.2").resolve(relatief);
        assumeTrue(
                Files.isRegularFile(bestand),
                () -> "Skipped: shared iJw 3.2 source " + bestand.toAbsolutePath()
                        + " is absent (set -Djeugdregie.shared to the shared folder)");
        return bestand;
    }
}
