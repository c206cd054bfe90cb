package nl.jeugdregie.inkoop;

/** Whether the region currently works with an aanbieder. */
public enum AanbiederStatus {
    ACTIEF("Actief"),
    OPGESCHORT("Opgeschort"),
    BEEINDIGD("Beëindigd");

    private final String omschrijving;

    AanbiederStatus(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
