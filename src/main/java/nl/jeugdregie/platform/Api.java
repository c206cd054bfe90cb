package nl.jeugdregie.platform;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Conventions of the public API (NL GOV API Design Rules 2.1). */
public final class Api {

    /** Every resource lives under this path; the major version is part of the URI. */
    public static final String BASIS = "/api/v1";

    /** The full version, returned in the {@code API-Version} header of every response. */
    public static final String VERSIE = "1.0.0";

    public static final String VERSIE_HEADER = "API-Version";

    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {}

    /**
     * The answer to a POST that created a resource: 201 with the {@code Location} of the new resource,
     * the current request's URI extended with {@code pad} (e.g. {@code "/{code}"}).
     */
    public static <T> ResponseEntity<T> aangemaakt(T body, String pad, Object... waarden) {
        URI locatie = ServletUriComponentsBuilder.fromCurrentRequest()
                .path(pad)
                .buildAndExpand(waarden)
                .toUri();
        return ResponseEntity.created(locatie).body(body);
    }
}
