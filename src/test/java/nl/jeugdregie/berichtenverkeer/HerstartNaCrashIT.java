package nl.jeugdregie.berichtenverkeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.jeugdregie.kern.Bsn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Exactly once across a real crash. The packaged application takes in a batch of JW315 verzoeken
 * over the API and stops; started again with processing on, it is killed with SIGKILL while it works
 * through the batch; started a third time, it finishes. Then every message is processed once: one
 * retourbericht, one verzoek with one aanvraag, nothing lost and nothing doubled.
 *
 * <p>Runs in the {@code integration-test} phase against {@code target/jeugdregie.jar}. The test owns
 * the database (an embedded PostgreSQL configured as the application's external one), so the data
 * outlives the killed process. Each run's output is in {@code target/herstart-na-crash/}.
 */
class HerstartNaCrashIT {

    /**
     * Enough that working through the batch takes a second or more, so the kill lands in the middle
     * of it; taking it in over the API costs more (a password check per request).
     */
    static final int AANTAL = 300;

    static final String AANBIEDER = "99000001";
    static final Path WERKMAP = Path.of("target", "herstart-na-crash").toAbsolutePath();
    static final Path JAR = Path.of(System.getProperty("jeugdregie.jar", "target/jeugdregie.jar"))
            .toAbsolutePath();

    /** What a process killed by SIGKILL exits with on Linux and macOS: 128 + 9. */
    static final int SIGKILL_EXIT = 137;

    static EmbeddedPostgres postgres;
    static SingleConnectionDataSource verbinding;
    static JdbcClient jdbc;

    @RegisterExtension
    static final TestWatcher logboeken = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable oorzaak) {
            toonLogboeken();
        }
    };

    final List<Applicatie> gestart = new ArrayList<>();

    @BeforeAll
    static void startDatabase() throws IOException, SQLException {
        verwijder(WERKMAP);
        Files.createDirectories(WERKMAP);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(WERKMAP.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("timezone", "UTC")
                .start();
        verbinding =
                new SingleConnectionDataSource(postgres.getPostgresDatabase().getConnection(), true);
        jdbc = JdbcClient.create(verbinding);
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (verbinding != null) {
            verbinding.destroy();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @AfterEach
    void stopApplicaties() {
        gestart.forEach(Applicatie::close);
    }

    @Test
    void processesEveryMessageExactlyOnceWhenKilledMidBatchAndRestarted() {
        List<Verzoek> verzoeken = verzoeken(AANTAL);

        // Run 1: take the batch in over the API, without processing it.
        Applicatie ontvangst = start("1-ontvangst", false);
        assertThat(ontvangst.postAlle(verzoeken.stream().map(Verzoek::bericht).toList()))
                .allSatisfy(antwoord ->
                        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(202));
        ontvangst.stop();
        assertThat(ontvangen()).isEqualTo(AANTAL);
        assertThat(verwerkt()).isZero();

        // Run 2: process, and kill the process with SIGKILL once a quarter of the batch is done.
        Applicatie gekild = start("2-kill", true);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> gekild.vereisLevend() && verwerkt() >= AANTAL / 4);
        long openBijKill = openTransacties(gekild);
        assertThat(gekild.kill())
                .as("exit value of a process killed by SIGKILL")
                .isEqualTo(SIGKILL_EXIT);
        // PostgreSQL rolls back what the killed process left open once it sees its connections close;
        // only then is the count final.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> verbindingen(gekild) == 0);
        long verwerktBijKill = verwerkt();
        System.out.printf(
                "HerstartNaCrashIT: %d of %d messages processed when killed, %d transactions open%n",
                verwerktBijKill, AANTAL, openBijKill);
        assertThat(verwerktBijKill)
                .as("the kill must land in the middle of the batch; if processing finished first, make"
                        + " AANTAL larger")
                .isStrictlyBetween(0L, (long) AANTAL);
        assertThat(toestanden())
                .as("after the kill each message is processed completely or not at all")
                .allSatisfy(HerstartNaCrashIT::heelOfNietVerwerkt);

        // Run 3: the restarted application finishes what waits.
        Applicatie herstart = start("3-herstart", true);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> herstart.vereisLevend() && verwerkt() == AANTAL);
        herstart.stop();

        List<Toestand> toestanden = toestanden();
        assertThat(toestanden)
                .extracting(Toestand::identificatie)
                .as("every message received once, none lost")
                .containsExactlyInAnyOrderElementsOf(
                        verzoeken.stream().map(Verzoek::identificatie).toList());
        assertThat(toestanden).allSatisfy(HerstartNaCrashIT::eenmaalVerwerkt);
        assertThat(jdbc.sql("select count(*) from berichtenverkeer.bericht where status = 'DUBBEL'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(verzoekenRegelsEnClienten())
                .as("verzoeken, verzoekregels and distinct clients")
                .containsExactly((long) AANTAL, (long) AANTAL, (long) AANTAL);
    }

    static void heelOfNietVerwerkt(Toestand toestand) {
        if (toestand.verwerkt()) {
            eenmaalVerwerkt(toestand);
        } else {
            assertThat(toestand.status()).isEqualTo("ONTVANGEN");
            assertThat(toestand.retouren()).as("retourberichten of " + toestand).isZero();
            assertThat(toestand.aanvragen()).as("aanvragen of " + toestand).isZero();
        }
    }

    static void eenmaalVerwerkt(Toestand toestand) {
        assertThat(toestand.status()).isEqualTo("VERWERKT");
        assertThat(toestand.bevindingen())
                .as("findings of %s (a second attempt would get TR347 or TR374)", toestand)
                .isEqualTo("[]");
        assertThat(toestand.retouren()).as("retourberichten of " + toestand).isEqualTo(1);
        assertThat(toestand.aanvragen()).as("aanvragen of " + toestand).isEqualTo(1);
    }

    /** A JW315 with its own Identificatie, used as its ReferentieAanbieder too, for a client of its own. */
    record Verzoek(String identificatie, String bsn) {
        byte[] bericht() {
            return Verzoekberichten.verzoekOmToewijzing(identificatie, bsn, identificatie);
        }
    }

    /** One received message after a run: its status, its retourberichten and the aanvragen it made. */
    record Toestand(
            String identificatie, String status, boolean verwerkt, String bevindingen, long retouren, long aanvragen) {}

    static List<Verzoek> verzoeken(int aantal) {
        List<Verzoek> verzoeken = new ArrayList<>();
        for (int volgnummer = 0; verzoeken.size() < aantal; volgnummer++) {
            // Distinct BSNs starting with 9998 (the demo data uses 99999...); a prefix whose check digit
            // would be 10 has no valid BSN and is skipped.
            for (int laatste = 0; laatste <= 9; laatste++) {
                String bsn = "9998%04d%d".formatted(volgnummer, laatste);
                if (Bsn.voldoetAanElfproef(bsn)) {
                    verzoeken.add(new Verzoek("HS-%04d".formatted(verzoeken.size() + 1), bsn));
                    break;
                }
            }
        }
        return verzoeken;
    }

    static long ontvangen() {
        return jdbc.sql("""
                        select count(*) from berichtenverkeer.bericht
                        where richting = 'IN' and afzender = :aanbieder and identificatie like 'HS-%'""").param("aanbieder", AANBIEDER).query(Long.class).single();
    }

    static long verwerkt() {
        return jdbc.sql("""
                        select count(*) from berichtenverkeer.bericht
                        where richting = 'IN' and afzender = :aanbieder and identificatie like 'HS-%'
                            and verwerkt_op is not null""").param("aanbieder", AANBIEDER).query(Long.class).single();
    }

    /** The database connections of a run that are still there. */
    static long verbindingen(Applicatie applicatie) {
        return jdbc.sql("select count(*) from pg_stat_activity where application_name = :naam")
                .param("naam", applicatie.applicationName())
                .query(Long.class)
                .single();
    }

    /** The transactions a run has open at this moment. */
    static long openTransacties(Applicatie applicatie) {
        return jdbc.sql(
                        "select count(*) from pg_stat_activity where application_name = :naam and xact_start is not null")
                .param("naam", applicatie.applicationName())
                .query(Long.class)
                .single();
    }

    /** The verzoeken for the test's clients, their verzoekregels, and how many distinct clients they are for. */
    static List<Long> verzoekenRegelsEnClienten() {
        return jdbc.sql("""
                        select count(distinct v.id) as verzoeken, count(r.id) as regels, count(distinct v.bsn) as clienten
                        from toewijzing.verzoek v
                        left join toewijzing.aanvraag a on a.verzoek_id = v.id
                        left join toewijzing.verzoekregel r on r.aanvraag_id = a.id
                        where v.aanbieder = :aanbieder and v.bsn like '9998%'""")
                .param("aanbieder", AANBIEDER)
                .query((rs, rij) -> List.of(rs.getLong("verzoeken"), rs.getLong("regels"), rs.getLong("clienten")))
                .single();
    }

    static List<Toestand> toestanden() {
        return jdbc.sql("""
                        select b.identificatie, b.status, b.verwerkt_op is not null as verwerkt,
                            b.bevindingen::text as bevindingen,
                            (select count(*) from berichtenverkeer.bericht r
                             where r.richting = 'UIT' and r.heenbericht = b.id) as retouren,
                            (select count(*) from toewijzing.aanvraag a
                             where a.aanbieder = b.afzender and a.referentie = b.identificatie) as aanvragen
                        from berichtenverkeer.bericht b
                        where b.richting = 'IN' and b.afzender = :aanbieder and b.identificatie like 'HS-%'""")
                .param("aanbieder", AANBIEDER)
                .query((rs, rij) -> new Toestand(
                        rs.getString("identificatie"),
                        rs.getString("status"),
                        rs.getBoolean("verwerkt"),
                        rs.getString("bevindingen"),
                        rs.getLong("retouren"),
                        rs.getLong("aanvragen")))
                .list();
    }

    Applicatie start(String naam, boolean automatisch) {
        Applicatie applicatie = Applicatie.start(naam, automatisch);
        gestart.add(applicatie);
        applicatie.wachtTotGereed();
        return applicatie;
    }

    /**
     * One run of the packaged application as a child process, in demo mode on the test's database,
     * its output in {@code <naam>.log}.
     */
    static final class Applicatie implements AutoCloseable {

        private static final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        /** The demo aanbieder (AGB 99000001): only the aanbieder itself submits its messages. */
        private static final String AANBIEDER_DEMO =
                "Basic " + Base64.getEncoder().encodeToString("aanbieder:demo".getBytes(StandardCharsets.UTF_8));

        private final String naam;
        private final Process proces;
        private final URI basis;

        private Applicatie(String naam, Process proces, int poort) {
            this.naam = naam;
            this.proces = proces;
            this.basis = URI.create("http://localhost:" + poort);
        }

        static Applicatie start(String naam, boolean automatisch) {
            int poort = vrijePoort();
            List<String> commando = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    JAR.toString(),
                    "--server.port=" + poort,
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort()
                            + "/postgres?ApplicationName=" + applicationName(naam),
                    "--spring.datasource.username=postgres",
                    "--jeugdregie.demo=true",
                    // The demo history would add its own messages to the ones this test counts.
                    "--jeugdregie.demoregio.aan=false",
                    "--jeugdregie.berichtenverkeer.automatisch=" + automatisch,
                    "--jeugdregie.berichtenverkeer.interval=PT0.2S",
                    "--spring.main.banner-mode=off");
            try {
                Process proces = new ProcessBuilder(commando)
                        .directory(WERKMAP.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(logboek(naam).toFile())
                        .start();
                // Should this JVM end before the test cleans up, the run must not outlive it.
                Runtime.getRuntime().addShutdownHook(new Thread(proces::destroyForcibly));
                return new Applicatie(naam, proces, poort);
            } catch (IOException e) {
                throw new UncheckedIOException("Kon " + JAR + " niet starten", e);
            }
        }

        /** How the run's connections are named in {@code pg_stat_activity}. */
        String applicationName() {
            return applicationName(naam);
        }

        private static String applicationName(String naam) {
            return "jeugdregie-" + naam;
        }

        void wachtTotGereed() {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> vereisLevend() && gereed());
        }

        /** Fails the wait at once when the process has exited, instead of waiting for the timeout. */
        boolean vereisLevend() {
            if (!proces.isAlive()) {
                throw new IllegalStateException(
                        "Run " + naam + " exited unexpectedly with " + proces.exitValue() + "; see " + logboek(naam));
            }
            return true;
        }

        private boolean gereed() {
            try {
                HttpRequest vraag = HttpRequest.newBuilder(basis.resolve("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5))
                        .build();
                return http.send(vraag, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /**
         * Posts the messages a few at a time: each request checks the password (BCrypt), which is
         * what takes the time, and the cores can share that.
         */
        List<HttpResponse<String>> postAlle(List<byte[]> berichten) {
            ExecutorService posters = Executors.newFixedThreadPool(4);
            try {
                List<HttpResponse<String>> antwoorden = new ArrayList<>();
                for (Future<HttpResponse<String>> antwoord : posters.invokeAll(berichten.stream()
                        .map(bericht -> (Callable<HttpResponse<String>>) () -> post(bericht))
                        .toList())) {
                    antwoorden.add(antwoord.get());
                }
                return antwoorden;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                posters.shutdownNow();
            }
        }

        HttpResponse<String> post(byte[] bericht) {
            HttpRequest vraag = HttpRequest.newBuilder(basis.resolve("/api/v1/berichten"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", AANBIEDER_DEMO)
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bericht))
                    .build();
            try {
                return http.send(vraag, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Stops gracefully (SIGTERM), as an operator would. */
        void stop() {
            proces.destroy();
            wachtOpEinde(Duration.ofSeconds(60));
        }

        /** Kills without any chance to finish (SIGKILL on Linux and macOS); answers the exit value. */
        int kill() {
            proces.destroyForcibly();
            wachtOpEinde(Duration.ofSeconds(30));
            return proces.exitValue();
        }

        @Override
        public void close() {
            if (proces.isAlive()) {
                proces.destroyForcibly();
                wachtOpEinde(Duration.ofSeconds(30));
            }
        }

        private void wachtOpEinde(Duration maximaal) {
            try {
                if (!proces.waitFor(maximaal.toMillis(), TimeUnit.MILLISECONDS)) {
                    proces.destroyForcibly();
                    proces.waitFor(30, TimeUnit.SECONDS);
                    throw new IllegalStateException("Run " + naam + " did not stop within " + maximaal);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                proces.destroyForcibly();
            }
        }

        private static int vrijePoort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Path logboek(String naam) {
        return WERKMAP.resolve(naam + ".log");
    }

    /** Prints the end of each run's output, so a failure in CI shows why. */
    static void toonLogboeken() {
        try (Stream<Path> bestanden = Files.list(WERKMAP)) {
            for (Path bestand : bestanden
                    .filter(p -> p.toString().endsWith(".log"))
                    .sorted()
                    .toList()) {
                List<String> regels = new String(Files.readAllBytes(bestand), StandardCharsets.UTF_8)
                        .lines()
                        .toList();
                System.out.println("==== " + bestand + " (last 80 of " + regels.size() + " lines) ====");
                regels.subList(Math.max(0, regels.size() - 80), regels.size()).forEach(System.out::println);
            }
        } catch (IOException e) {
            System.out.println("Could not read the logs in " + WERKMAP + ": " + e);
        }
    }

    static void verwijder(Path map) throws IOException {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> paden = Files.walk(map)) {
            for (Path pad : paden.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(pad);
            }
        }
    }
}
