package nl.jeugdregie.portaal;

/**
 * What a start or stop form does with the levering: report it, correct an earlier report (the old one deleted with
 * StatusAanlevering 3 and the new one sent with 1, in one message, IV008), or withdraw an earlier report (3).
 */
public enum Leveringswijze {
    MELDEN("Melden"),
    CORRIGEREN("Corrigeren"),
    INTREKKEN("Intrekken");

    private final String omschrijving;

    Leveringswijze(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
