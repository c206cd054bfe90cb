package nl.jeugdregie.jeugdige;

import java.util.Locale;

/** The household's provisions besides jeugdhulp that the gemeente records. */
public enum Voorzieningsoort {
    WMO("Wmo-voorziening"),
    PARTICIPATIEWET("Participatiewet (bijstand)"),
    SCHULDHULP("Schuldhulpverlening"),
    LEERPLICHT("Leerplicht of onderwijsondersteuning");

    private final String omschrijving;

    Voorzieningsoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** The value in the API, e.g. {@code participatiewet}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
