package nl.jeugdregie.jeugdige;

/** How a member of the household relates to the jeugdige. */
public enum Relatie {
    MOEDER("moeder"),
    VADER("vader"),
    OUDER("ouder"),
    STIEFOUDER("stiefouder"),
    PLEEGOUDER("pleegouder"),
    VOOGD("voogd"),
    BROER_ZUS("broer of zus"),
    GROOTOUDER("grootouder"),
    OVERIG("overig");

    private final String omschrijving;

    Relatie(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** The value in the API: lower case, e.g. {@code broer_zus}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this relation can carry gezag (parental authority or guardianship). */
    public boolean kanGezagHebben() {
        return this == MOEDER || this == VADER || this == OUDER || this == STIEFOUDER || this == VOOGD;
    }
}
