package nl.jeugdregie.toegang;

/** The scale on which each life domain is scored in the triage, from no concerns to acute. */
public enum Ernst {
    GEEN(0, "Geen zorgen: gaat goed, dit is een kracht"),
    LICHT(1, "Lichte zorgen: het gezin redt het zelf, met wat steun uit het netwerk"),
    MATIG(2, "Matige zorgen: hulp nodig naast het eigen netwerk"),
    ERNSTIG(3, "Ernstige zorgen: het dagelijks functioneren is bedreigd"),
    ACUUT(4, "Acute zorgen: direct ingrijpen nodig");

    private final int waarde;
    private final String omschrijving;

    Ernst(int waarde, String omschrijving) {
        this.waarde = waarde;
        this.omschrijving = omschrijving;
    }

    public int waarde() {
        return waarde;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Ernst vanWaarde(int waarde) {
        for (Ernst ernst : values()) {
            if (ernst.waarde == waarde) {
                return ernst;
            }
        }
        throw new nl.jeugdregie.kern.OngeldigeWaarde(
                "Een score is 0 (geen zorgen) tot en met 4 (acuut), niet " + waarde + ".");
    }
}
