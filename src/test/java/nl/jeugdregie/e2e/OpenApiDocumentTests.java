package nl.jeugdregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public OpenAPI document, fetched anonymously from the running application as any client would,
 * and written to {@code target/openapi.json} for the Spectral linter in {@code .ci/run}.
 */
class OpenApiDocumentTests extends DraaiendeApplicatie {

    static final Path DOCUMENT = Path.of("target", "openapi.json");

    @Test
    void openApiDocumentIsPublicOpenApi30WithTheRequiredHeaders() throws IOException, InterruptedException {
        HttpResponse<String> antwoord = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/openapi.json")))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(antwoord.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(antwoord.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode document = JsonMapper.shared().readTree(antwoord.body());
        assertThat(document.path("openapi").asString()).startsWith("3.0.");
        assertThat(document.path("paths").has("/gemeenten")).isTrue();

        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, antwoord.body());
    }
}
