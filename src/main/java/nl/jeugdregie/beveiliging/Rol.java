package nl.jeugdregie.beveiliging;

/** The roles of the platform. What a role may see is narrowed further by the user's scope. */
public enum Rol {
    TOEGANG("Toegang", "Medewerker toegang van een gemeente; ziet alleen de eigen gemeente(n)"),
    BACKOFFICE("Backoffice", "Regionale backoffice; ziet alle gemeenten van de regio"),
    INKOOP("Inkoop", "Contractmanager; beheert aanbieders, contracten en tarieven"),
    ANALIST("Analist", "Beleidsanalist; ziet alleen geaggregeerde, gepseudonimiseerde gegevens"),
    AANBIEDER("Aanbieder", "Medewerker van een zorgaanbieder; ziet alleen de eigen AGB-code"),
    AANBIEDERBEHEER(
            "Aanbiederbeheer", "Beheert naast de rol Aanbieder de accounts van collega's bij de eigen zorgaanbieder"),
    BEHEERDER("Beheerder", "Functioneel beheerder van het platform");

    private final String naam;
    private final String omschrijving;

    Rol(String naam, String omschrijving) {
        this.naam = naam;
        this.omschrijving = omschrijving;
    }

    public String naam() {
        return naam;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /**
     * Whether this role works for one zorgaanbieder and sees only its own AGB code. Every check that widens access for
     * "any other role" must use this, so that AANBIEDERBEHEER never counts as a regional role.
     */
    public boolean isVanEenAanbieder() {
        return this == AANBIEDER || this == AANBIEDERBEHEER;
    }

    /** The Spring Security authority of this role, {@code ROLE_TOEGANG} and so on. */
    public String authority() {
        return "ROLE_" + name();
    }
}
