package nl.jeugdregie.jeugdige.brp;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.jeugdregie.kern.Bsn;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Personenbevraging} against the Haal Centraal BRP Personen bevragen API, version 2.x: {@code POST
 * {url}/personen} with a JSON query whose {@code type} is {@code RaadpleegMetBurgerservicenummer} or
 * {@code ZoekMetGeslachtsnaamEnGeboortedatum}, asking through {@code fields} only for the data a jeugdige's record
 * needs (data minimisation; the BRP refuses fields the gemeente is not authorised for with a 403). The API key goes in
 * the {@code X-API-KEY} header, as the reference implementation and its gateways expect; a BRP reached without a key
 * (e.g. through a gateway that adds an OAuth2 token) is configured without one.
 *
 * <p>Connecting may take 2 seconds, the answer 5 seconds; beyond that the BRP counts as not available.
 */
final class HaalCentraalBrp implements Personenbevraging {

    static final Duration VERBINDINGSTIJD = Duration.ofSeconds(2);
    static final Duration ANTWOORDTIJD = Duration.ofSeconds(5);
    static final String API_SLEUTEL = "X-API-KEY";
    /** The media type of query and answer, written as the contract writes it. */
    static final String JSON_UTF8 = "application/json; charset=utf-8";

    /** The fields of a search: enough to tell the found persons apart (the contract gives a search no more). */
    static final List<String> VELDEN_ZOEKEN = List.of(
            "burgerservicenummer",
            "naam.voornamen",
            "naam.voorvoegsel",
            "naam.geslachtsnaam",
            "naam.voorletters",
            "geboorte.datum",
            "geslacht");

    /** The fields of a raadpleging: those of a search plus what a jeugdige's record holds besides, nothing more. */
    static final List<String> VELDEN_RAADPLEGEN = Stream.concat(
                    VELDEN_ZOEKEN.stream(),
                    Stream.of(
                            "verblijfplaats.verblijfadres.korteStraatnaam",
                            "verblijfplaats.verblijfadres.officieleStraatnaam",
                            "verblijfplaats.verblijfadres.huisnummer",
                            "verblijfplaats.verblijfadres.huisletter",
                            "verblijfplaats.verblijfadres.huisnummertoevoeging",
                            "verblijfplaats.verblijfadres.postcode",
                            "verblijfplaats.verblijfadres.woonplaats",
                            "gemeenteVanInschrijving",
                            "ouders.burgerservicenummer",
                            "ouders.naam.voornamen",
                            "ouders.naam.voorvoegsel",
                            "ouders.naam.geslachtsnaam",
                            "ouders.geslacht",
                            "gezag"))
            .toList();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    HaalCentraalBrp(String url, String apiSleutel) {
        this(url, apiSleutel, VERBINDINGSTIJD, ANTWOORDTIJD);
    }

    HaalCentraalBrp(String url, String apiSleutel, Duration verbindingstijd, Duration antwoordtijd) {
        JdkClientHttpRequestFactory verbindingen = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(verbindingstijd).build());
        verbindingen.setReadTimeout(antwoordtijd);
        RestClient.Builder builder = RestClient.builder()
                .baseUrl(basisadres(url))
                .requestFactory(verbindingen)
                .defaultHeader(HttpHeaders.ACCEPT, JSON_UTF8);
        if (apiSleutel != null && !apiSleutel.isBlank()) {
            builder.defaultHeader(API_SLEUTEL, apiSleutel.strip());
        }
        this.http = builder.build();
    }

    @Override
    public Optional<BrpPersoon> raadpleeg(Bsn bsn) {
        Objects.requireNonNull(bsn, "bsn");
        Map<String, Object> vraag = new LinkedHashMap<>();
        vraag.put("type", "RaadpleegMetBurgerservicenummer");
        vraag.put("burgerservicenummer", List.of(bsn.value()));
        vraag.put("fields", VELDEN_RAADPLEGEN);
        return stel(vraag).stream().filter(persoon -> persoon.bsn().equals(bsn)).findFirst();
    }

    @Override
    public List<BrpPersoon> zoek(String geslachtsnaam, LocalDate geboortedatum, String voornamen) {
        if (geslachtsnaam == null || geslachtsnaam.isBlank()) {
            throw new IllegalArgumentException("Zoeken in de BRP vraagt een geslachtsnaam");
        }
        Objects.requireNonNull(geboortedatum, "geboortedatum");
        Map<String, Object> vraag = new LinkedHashMap<>();
        vraag.put("type", "ZoekMetGeslachtsnaamEnGeboortedatum");
        vraag.put("geslachtsnaam", geslachtsnaam.strip());
        vraag.put("geboortedatum", geboortedatum.toString());
        if (voornamen != null && !voornamen.isBlank()) {
            vraag.put("voornamen", voornamen.strip());
        }
        vraag.put("fields", VELDEN_ZOEKEN);
        return stel(vraag);
    }

    private List<BrpPersoon> stel(Map<String, Object> vraag) {
        byte[] lichaam = JSON.writeValueAsBytes(vraag);
        try {
            return http.post()
                    .uri("/personen")
                    .header(HttpHeaders.CONTENT_TYPE, JSON_UTF8)
                    .body(lichaam)
                    .exchange((verzoek, antwoord) ->
                            verwerk(antwoord.getStatusCode(), antwoord.getBody().readAllBytes()));
        } catch (ResourceAccessException e) {
            throw new BrpNietBeschikbaar("De BRP is niet bereikbaar: " + oorzaak(e) + ".", e);
        }
    }

    private static List<BrpPersoon> verwerk(HttpStatusCode status, byte[] lichaam) {
        if (status.is2xxSuccessful()) {
            JsonNode antwoord;
            try {
                antwoord = JSON.readTree(lichaam);
            } catch (JacksonException e) {
                throw BrpAntwoord.buitenContract("geen geldige JSON");
            }
            return BrpAntwoord.personen(antwoord);
        }
        String probleem = probleem(lichaam);
        if (status.is4xxClientError()) {
            throw new BrpVraagGeweigerd(
                    status.value(),
                    code(lichaam),
                    "De BRP weigerde de vraag: " + (probleem == null ? "HTTP " + status.value() : probleem));
        }
        throw new BrpNietBeschikbaar("De BRP is niet beschikbaar (HTTP " + status.value() + ")"
                + (probleem == null ? "." : ": " + probleem));
    }

    /**
     * The title and detail of a problem+json answer, with each invalid parameter and its reason; {@code null} when the
     * answer is no problem object.
     */
    private static String probleem(byte[] lichaam) {
        JsonNode probleem = leesProbleem(lichaam);
        if (probleem == null) {
            return null;
        }
        List<String> delen = new ArrayList<>();
        String titel = BrpAntwoord.tekst(probleem.path("title"));
        if (titel != null) {
            delen.add(titel);
        }
        String detail = BrpAntwoord.tekst(probleem.path("detail"));
        if (detail != null) {
            delen.add(detail);
        }
        List<String> parameters = new ArrayList<>();
        for (JsonNode parameter : probleem.path("invalidParams").values()) {
            String naam = BrpAntwoord.tekst(parameter.path("name"));
            String reden = BrpAntwoord.tekst(parameter.path("reason"));
            if (naam != null || reden != null) {
                parameters.add((naam == null ? "" : naam + ": ") + (reden == null ? "" : reden));
            }
        }
        if (!parameters.isEmpty()) {
            delen.add("(" + String.join("; ", parameters) + ")");
        }
        return delen.isEmpty() ? null : String.join(" ", delen);
    }

    private static String code(byte[] lichaam) {
        JsonNode probleem = leesProbleem(lichaam);
        return probleem == null ? null : BrpAntwoord.tekst(probleem.path("code"));
    }

    private static JsonNode leesProbleem(byte[] lichaam) {
        try {
            JsonNode probleem = JSON.readTree(lichaam);
            return probleem != null && probleem.isObject() ? probleem : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String oorzaak(ResourceAccessException e) {
        for (Throwable oorzaak = e.getCause(); oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof HttpTimeoutException) {
                return "geen antwoord binnen de wachttijd";
            }
            if (oorzaak instanceof ConnectException) {
                return "geen verbinding";
            }
        }
        Throwable oorzaak = e.getMostSpecificCause();
        return oorzaak.getClass().getSimpleName() + (oorzaak.getMessage() == null ? "" : " " + oorzaak.getMessage());
    }

    /** The configured URL without a trailing slash; anything but an absolute http(s) URL is a configuration error. */
    private static String basisadres(String url) {
        URI adres;
        try {
            adres = url == null ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            adres = null;
        }
        if (adres == null
                || adres.getHost() == null
                || !("http".equalsIgnoreCase(adres.getScheme()) || "https".equalsIgnoreCase(adres.getScheme()))) {
            throw new IllegalArgumentException("jeugdregie.brp.url moet een volledig http- of https-adres zijn, zoals"
                    + " https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp");
        }
        String tekst = adres.toString();
        return tekst.endsWith("/") ? tekst.substring(0, tekst.length() - 1) : tekst;
    }
}
