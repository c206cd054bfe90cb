package nl.jeugdregie.jeugdige.brp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A BRP Personen bevragen endpoint on a random local port, under the base path of the proefomgeving. It records each
 * request as it arrived and answers with the status, media type and body it was told to; told to hang, it holds the
 * answer until {@link #close()}.
 */
final class StubBrp implements AutoCloseable {

    static final String BASISPAD = "/haalcentraal/api/brp";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as the stub received it. */
    record Verzoek(
            String methode, String pad, String apiSleutel, String contentType, String accept, JsonNode lichaam) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();
    private final CountDownLatch losgelaten = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String mediaType = "application/json; charset=utf-8";
    private volatile byte[] antwoord = new byte[0];
    private volatile boolean hangt;

    StubBrp() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::behandel);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + BASISPAD;
    }

    /** Answers 200 with the test resource {@code brp/<naam>}. */
    StubBrp antwoordt(String naam) {
        return antwoordt(200, "application/json; charset=utf-8", resource(naam));
    }

    /** Answers a problem+json with the test resource {@code brp/<naam>}. */
    StubBrp probleem(int status, String naam) {
        return antwoordt(status, "application/problem+json", resource(naam));
    }

    StubBrp antwoordt(int status, String mediaType, String lichaam) {
        this.status = status;
        this.mediaType = mediaType;
        this.antwoord = lichaam.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** Accepts the connection but gives no answer until the stub is closed. */
    StubBrp hangt() {
        this.hangt = true;
        return this;
    }

    List<Verzoek> verzoeken() {
        return List.copyOf(verzoeken);
    }

    Verzoek enigVerzoek() {
        if (verzoeken.size() != 1) {
            throw new AssertionError("Expected one request to the BRP, got " + verzoeken.size());
        }
        return verzoeken.get(0);
    }

    private void behandel(HttpExchange uitwisseling) throws IOException {
        try {
            byte[] ontvangen = uitwisseling.getRequestBody().readAllBytes();
            verzoeken.add(new Verzoek(
                    uitwisseling.getRequestMethod(),
                    uitwisseling.getRequestURI().getPath(),
                    uitwisseling.getRequestHeaders().getFirst("X-API-KEY"),
                    uitwisseling.getRequestHeaders().getFirst("Content-Type"),
                    uitwisseling.getRequestHeaders().getFirst("Accept"),
                    ontvangen.length == 0 ? null : JSON.readTree(ontvangen)));
            if (hangt) {
                try {
                    losgelaten.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            uitwisseling.getResponseHeaders().set("Content-Type", mediaType);
            uitwisseling.sendResponseHeaders(status, antwoord.length == 0 ? -1 : antwoord.length);
            uitwisseling.getResponseBody().write(antwoord);
        } finally {
            uitwisseling.close();
        }
    }

    static String resource(String naam) {
        try (InputStream in = StubBrp.class.getResourceAsStream("/brp/" + naam)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource brp/" + naam);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        losgelaten.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
