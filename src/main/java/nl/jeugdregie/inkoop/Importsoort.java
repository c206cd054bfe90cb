package nl.jeugdregie.inkoop;

/** The files inkoop imports, with how their report names the lines and where the user came from. */
public enum Importsoort {
    WACHTTIJDEN("Wachttijden", "Aanbieder", "Aanbod", "/wachttijden/import"),
    PRODUCTCODELIJST("Standaardproductcodelijst Jeugdwet", "Productcode", "Omschrijving", "/inkoop/producten");

    private final String omschrijving;
    private final String onderwerp;
    private final String details;
    private final String terug;

    Importsoort(String omschrijving, String onderwerp, String details, String terug) {
        this.omschrijving = omschrijving;
        this.onderwerp = onderwerp;
        this.details = details;
        this.terug = terug;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** The heading of {@link Importregel#onderwerp()} in the report. */
    public String onderwerp() {
        return onderwerp;
    }

    /** The heading of {@link Importregel#omschrijving()} in the report. */
    public String details() {
        return details;
    }

    /** The page the import was started from. */
    public String terug() {
        return terug;
    }
}
