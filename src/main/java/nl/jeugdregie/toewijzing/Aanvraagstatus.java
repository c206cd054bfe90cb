package nl.jeugdregie.toewijzing;

/** Where one aanvraag (one ReferentieAanbieder) of a verzoek stands. Open until toegewezen or afgewezen (TR374). */
public enum Aanvraagstatus {
    ONTVANGEN("Ontvangen", true),
    IN_ONDERZOEK("In onderzoek", true),
    TOEGEWEZEN("Toegewezen", false),
    AFGEWEZEN("Afgewezen", false);

    private final String omschrijving;
    private final boolean onderhanden;

    Aanvraagstatus(String omschrijving, boolean onderhanden) {
        this.omschrijving = omschrijving;
        this.onderhanden = onderhanden;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isOnderhanden() {
        return onderhanden;
    }
}
