package nl.jeugdregie.inkoop;

/** Where a product code comes from. */
public enum Productbron {
    JZ21("Standaardproductcodelijst Jeugdwet (JZ21)"),
    REGIONAAL("Regionale productcode");

    private final String omschrijving;

    Productbron(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
