package nl.jeugdregie.inkoop;

/** Who gave a waiting time: the aanbieder itself, the region, or an imported feed. */
public enum Wachttijdbron {
    AANBIEDER("Aanbieder"),
    REGIO("Regio"),
    IMPORT("Import");

    private final String omschrijving;

    Wachttijdbron(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
