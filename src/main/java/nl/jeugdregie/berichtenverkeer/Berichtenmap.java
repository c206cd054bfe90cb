package nl.jeugdregie.berichtenverkeer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes in messages from a watched directory ({@code jeugdregie.berichtenverkeer.map}), e.g. where a
 * GGk/VECOZO connector drops them. A file is taken once it has not changed for a few seconds; it then
 * moves to {@code verwerkt/} once stored, or to {@code fout/} with a {@code .fout.txt} stating why.
 */
@Component
@ConditionalOnProperty(name = "jeugdregie.berichtenverkeer.map")
class Berichtenmap {

    private static final Logger log = LoggerFactory.getLogger(Berichtenmap.class);
    private static final Duration RUST = Duration.ofSeconds(2);

    private final Berichtenbus bus;
    private final Path map;
    private final Clock clock;

    Berichtenmap(Berichtenbus bus, @Value("${jeugdregie.berichtenverkeer.map}") Path map, Clock clock) {
        this.bus = bus;
        this.map = map;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${jeugdregie.berichtenverkeer.map-interval:PT5S}")
    void kijk() {
        neemIn(Instant.now().minus(RUST));
    }

    /** Takes in every XML file in the directory last changed before {@code voor}; answers how many. */
    int neemIn(Instant voor) {
        int aantal = 0;
        try {
            Files.createDirectories(map.resolve("verwerkt"));
            Files.createDirectories(map.resolve("fout"));
            try (DirectoryStream<Path> bestanden = Files.newDirectoryStream(map, "*.{xml,XML}")) {
                for (Path bestand : bestanden) {
                    if (Files.isRegularFile(bestand)
                            && Files.getLastModifiedTime(bestand).toInstant().isBefore(voor)) {
                        neemIn(bestand);
                        aantal++;
                    }
                }
            }
        } catch (IOException e) {
            log.error("Berichtenmap {} kan niet worden gelezen", map, e);
        }
        return aantal;
    }

    private void neemIn(Path bestand) throws IOException {
        String naam = bestand.getFileName().toString();
        try {
            Berichtenbus.Ontvangst ontvangst = bus.ontvang(Files.readAllBytes(bestand), Kanaal.MAP, naam);
            Files.move(bestand, map.resolve("verwerkt").resolve(naam), StandardCopyOption.REPLACE_EXISTING);
            log.info("{} uit de berichtenmap ontvangen als {} {}", naam, ontvangst.berichttype(), ontvangst.id());
        } catch (OngeldigBerichtbestand fout) {
            Path doel = map.resolve("fout").resolve(naam);
            Files.move(bestand, doel, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(
                    map.resolve("fout").resolve(naam + ".fout.txt"),
                    clock.instant() + " " + fout.foutcode() + ": " + fout.getMessage() + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        }
    }
}
