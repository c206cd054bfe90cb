package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Reden verzoek, iJw 3.2 code list WJ758 (element LDT_RedenVerzoek), used in JW317, JW318.
 *
 * <p>Definitie: Gecodeerde aanduiding voor de reden van een verzoek.
 */
public enum RedenVerzoek implements Code {
    VERANDERING_CLIENTSITUATIE("1", "Verandering clientsituatie"),
    WIJZIGING_ZORGPLAN("2", "Wijziging zorgplan");

    private static final CodeIndex<RedenVerzoek> INDEX = new CodeIndex<>("Reden verzoek (WJ758)", values());

    private final String code;
    private final String omschrijving;

    RedenVerzoek(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static RedenVerzoek vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<RedenVerzoek> find(String code) {
        return INDEX.find(code);
    }

    public static boolean isGeldig(String code) {
        return INDEX.contains(code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String omschrijving() {
        return omschrijving;
    }
}
