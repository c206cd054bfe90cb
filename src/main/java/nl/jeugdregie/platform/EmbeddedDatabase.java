package nl.jeugdregie.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * An embedded PostgreSQL server whose data stays on disk. One server per data directory per JVM, so
 * every Spring context of a test run shares it, and a restart of the application finds its data
 * again.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedPostgres> running = new ConcurrentHashMap<>();

    private EmbeddedDatabase() {}

    /** Starts (or returns the already running) server for this data directory. */
    public static EmbeddedPostgres start(Path dataDirectory, int port, boolean cleanFirst) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        return running.computeIfAbsent(directory, d -> launch(d, port, cleanFirst));
    }

    private static EmbeddedPostgres launch(Path directory, int port, boolean cleanFirst) {
        try {
            if (cleanFirst) {
                deleteRecursively(directory);
            }
            Files.createDirectories(directory);
            boolean existing = Files.exists(directory.resolve("PG_VERSION"));
            log.info(
                    "Embedded PostgreSQL start met gegevens in {} ({})",
                    directory,
                    existing ? "bestaande gegevens" : "nieuwe database");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            // Stop only after every Spring context has closed: their shutdown still uses the database.
            SpringApplication.getShutdownHandlers().add(() -> close(postgres));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL kon niet starten in " + directory, e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL stopte niet netjes", e);
        }
    }
}
