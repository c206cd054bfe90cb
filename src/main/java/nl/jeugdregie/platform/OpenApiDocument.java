package nl.jeugdregie.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shapes the generated OpenAPI 3.0 document to the NL GOV API Design Rules: paths relative to a
 * server URL with the major version, {@code API-Version} on every success, problem+json on every
 * error, the pagination headers, a contact, and {@code /openapi.json} itself.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    private static final String VERSIE_HEADER_REF = "#/components/headers/API-Version";
    private static final String PROBLEEM_REF = "#/components/schemas/Probleem";

    @Bean
    ServerBaseUrlCustomizer apiBasisUrl() {
        return (serverBaseUrl, request) ->
                serverBaseUrl.endsWith(Api.BASIS) ? serverBaseUrl : serverBaseUrl + Api.BASIS;
    }

    @Bean
    OpenApiCustomizer adrRegels(
            @Value("${jeugdregie.api.contact.naam:Jeugdregie}") String contactNaam,
            @Value("${jeugdregie.api.contact.email:api@jeugdregie.nl}") String contactEmail,
            @Value("${jeugdregie.api.contact.url:https://jeugdregie.nl}") String contactUrl) {
        return openApi -> {
            openApi.info(new Info()
                    .title("Jeugdregie API")
                    .version(Api.VERSIE)
                    .description("Open API van Jeugdregie: regio, toegang, berichtenverkeer, inkoop, declaraties en"
                            + " sturing van de jeugdhulp in een jeugdregio. Volgt de NL GOV API Design Rules 2.1.")
                    .contact(new Contact().name(contactNaam).email(contactEmail).url(contactUrl)));
            if (openApi.getServers() != null) {
                openApi.getServers().forEach(server -> server.setDescription("Deze omgeving"));
            } else {
                openApi.servers(List.of(new Server().url(Api.BASIS).description("Deze omgeving")));
            }
            componenten(openApi);
            openApi.addTagsItem(
                    new io.swagger.v3.oas.models.tags.Tag().name("API").description("Over deze API"));
            Paths paden = new Paths();
            paden.addPathItem("/openapi.json", openApiPad());
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((pad, item) -> {
                    item.readOperations().forEach(OpenApiDocument::antwoorden);
                    paden.addPathItem(pad.startsWith(Api.BASIS) ? pad.substring(Api.BASIS.length()) : pad, item);
                });
            }
            openApi.setPaths(paden);
            openApi.addSecurityItem(new SecurityRequirement().addList("basicAuth"));
            openApi.addSecurityItem(new SecurityRequirement().addList("bearerAuth"));
        };
    }

    private static void componenten(OpenAPI openApi) {
        Components componenten = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        componenten.addHeaders(
                "API-Version",
                new Header()
                        .description("De volledige versie van de API")
                        .schema(new StringSchema().example(Api.VERSIE)));
        componenten.addHeaders(
                "Link",
                new Header()
                        .description("Links naar andere pagina's (RFC 8288)")
                        .schema(new StringSchema()));
        componenten.addHeaders(
                "X-Total-Count",
                new Header().description("Totaal aantal resultaten").schema(new IntegerSchema()));
        Schema<?> ongeldig = new ObjectSchema()
                .addProperty("name", new StringSchema().description("Naam van het ongeldige veld"))
                .addProperty("reason", new StringSchema().description("Waarom het ongeldig is"))
                .addProperty(
                        "code",
                        new StringSchema()
                                .description("De officiële code van de weigering, zoals een iJw-retourcode,"
                                        + " als die bestaat"));
        componenten.addSchemas(
                "Probleem",
                new ObjectSchema()
                        .description("Foutbericht volgens RFC 9457")
                        .addProperty("type", new StringSchema())
                        .addProperty("title", new StringSchema())
                        .addProperty("status", new IntegerSchema())
                        .addProperty("detail", new StringSchema())
                        .addProperty("instance", new StringSchema())
                        .addProperty("invalidParams", new ArraySchema().items(ongeldig)));
        componenten.addSecuritySchemes(
                "basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        componenten.addSecuritySchemes(
                "bearerAuth",
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT"));
        openApi.setComponents(componenten);
    }

    private static PathItem openApiPad() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("API-Version", new Header().$ref(VERSIE_HEADER_REF));
        headers.put(
                "access-control-allow-origin",
                new Header().description("Altijd *").schema(new StringSchema().example("*")));
        return new PathItem()
                .get(new Operation()
                        .operationId("getOpenApi")
                        .summary("Dit OpenAPI-document")
                        .description("Het OpenAPI 3.0-document van deze API; openbaar.")
                        .addTagsItem("API")
                        .security(List.of())
                        .responses(new ApiResponses()
                                .addApiResponse(
                                        "200",
                                        new ApiResponse()
                                                .description("Het OpenAPI-document")
                                                .headers(headers)
                                                .content(new Content()
                                                        .addMediaType(
                                                                "application/json",
                                                                new MediaType().schema(new ObjectSchema()))))));
    }

    private static void antwoorden(Operation operatie) {
        ApiResponses antwoorden = operatie.getResponses() == null ? new ApiResponses() : operatie.getResponses();
        fout(antwoorden, "400", "Ongeldige invoer; invalidParams noemt elk ongeldig veld");
        fout(antwoorden, "401", "Niet ingelogd");
        fout(antwoorden, "403", "Geen toegang");
        fout(antwoorden, "404", "Niet gevonden");
        fout(antwoorden, "500", "Interne fout");
        antwoorden.forEach((code, antwoord) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                antwoord.addHeaderObject("API-Version", new Header().$ref(VERSIE_HEADER_REF));
                if (isLijst(antwoord)) {
                    antwoord.addHeaderObject("Link", new Header().$ref("#/components/headers/Link"));
                    antwoord.addHeaderObject("X-Total-Count", new Header().$ref("#/components/headers/X-Total-Count"));
                }
            } else {
                antwoord.setContent(new Content()
                        .addMediaType(Api.PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEEM_REF))));
            }
        });
        operatie.setResponses(antwoorden);
    }

    private static boolean isLijst(ApiResponse antwoord) {
        return antwoord.getContent() != null
                && antwoord.getContent().values().stream()
                        .anyMatch(m -> m.getSchema() != null
                                && "array".equals(m.getSchema().getType()));
    }

    private static void fout(ApiResponses antwoorden, String code, String omschrijving) {
        if (!antwoorden.containsKey(code)) {
            antwoorden.addApiResponse(code, new ApiResponse().description(omschrijving));
        }
    }
}
