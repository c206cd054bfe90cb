package nl.jeugdregie.toewijzing;

/** The two kinds of verzoek an aanbieder sends. */
public enum Verzoeksoort {
    VOT("Verzoek om toewijzing", "JW315"),
    VOW("Verzoek om wijziging", "JW317");

    private final String omschrijving;
    private final String bericht;

    Verzoeksoort(String omschrijving, String bericht) {
        this.omschrijving = omschrijving;
        this.bericht = bericht;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String bericht() {
        return bericht;
    }
}
