package nl.jeugdregie.inkoop;

/** The region's ontwikkelopgaven (development goals) strategic partners commit to. */
public enum Ontwikkelopgave {
    ZO_THUIS_MOGELIJK("Zo thuis mogelijk"),
    INNOVATIEKRACHT("Innovatiekracht"),
    PARTICIPATIE_JEUGDIGEN("Participatie van jeugdigen"),
    ERVARINGSDESKUNDIGHEID("Ervaringsdeskundigheid als expertise"),
    ONDERWIJS_EN_JEUGD("Onderwijs en jeugd in verbinding"),
    SAMENWERKING_TRIAGE_VERWIJZEN("Samenwerking, triage en verwijzen");

    private final String omschrijving;

    Ontwikkelopgave(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
