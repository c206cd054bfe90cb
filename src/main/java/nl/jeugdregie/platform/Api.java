package nl.jeugdregie.platform;

/** Conventions of the public API (NL GOV API Design Rules 2.1). */
public final class Api {

    /** Every resource lives under this path; the major version is part of the URI. */
    public static final String BASIS = "/api/v1";

    /** The full version, returned in the {@code API-Version} header of every response. */
    public static final String VERSIE = "1.0.0";

    public static final String VERSIE_HEADER = "API-Version";

    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {}
}
