package nl.jeugdregie.inkoop;

/** The kind of relation the region has with an aanbieder. */
public enum Relatie {
    STRATEGISCH_PARTNER("Strategisch partner"),
    REGULIER("Regulier"),
    LANDELIJK("Landelijk of bovenregionaal ingekocht (LTA)");

    private final String omschrijving;

    Relatie(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
