package nl.jeugdregie.financien;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a received declaratie stands in its payment: its approved prestaties still to be paid, paid, or nothing
 * approved and so nothing to pay. The code is what the API and the page's filter use.
 */
public enum Betaalstatus {
    TE_BETALEN("te-betalen", "Te betalen"),
    BETAALD("betaald", "Betaald"),
    NIETS_GOEDGEKEURD("niets-goedgekeurd", "Niets goedgekeurd, niet te betalen");

    private final String code;
    private final String omschrijving;

    Betaalstatus(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Optional<Betaalstatus> find(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
