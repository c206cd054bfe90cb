package nl.jeugdregie.financien;

/** What a version of a begroting is: the first one the raad adopted, or a later change. */
public enum Begrotingssoort {
    PRIMITIEF("Primitieve begroting"),
    WIJZIGING("Begrotingswijziging");

    private final String omschrijving;

    Begrotingssoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
