package nl.jeugdregie.toegang;

/** The life domains the triage looks at, the jeugdige in the context of family and surroundings. */
public enum Levensdomein {
    OPVOEDING("opvoeding", "Opvoeding en gezin"),
    ONTWIKKELING("ontwikkeling", "Ontwikkeling"),
    GEZONDHEID("gezondheid", "Gezondheid en psychisch welbevinden"),
    SCHOOL("school", "School of werk"),
    VEILIGHEID("veiligheid", "Veiligheid"),
    NETWERK("netwerk", "Sociaal netwerk"),
    FINANCIEN("financien", "Financiën"),
    WONEN("wonen", "Wonen");

    private final String code;
    private final String omschrijving;

    Levensdomein(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Levensdomein vanCode(String code) {
        for (Levensdomein domein : values()) {
            if (domein.code.equals(code)) {
                return domein;
            }
        }
        throw new nl.jeugdregie.kern.OngeldigeWaarde("Onbekend levensdomein '" + code + "'.");
    }
}
