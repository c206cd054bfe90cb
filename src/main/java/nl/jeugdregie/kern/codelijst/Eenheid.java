package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Eenheid, iJw 3.2 code list WJ756 (element LDT_Eenheid), used in JW301, JW302, JW315, JW316, JW317, JW318,
 * JW323, JW325.
 *
 * <p>Definitie: De eenheid waarin het volume van een product, prestatie of zorg wordt uitgedrukt.
 */
public enum Eenheid implements Code {
    MINUUT("01", "Minuut"),
    UUR("04", "Uur"),
    ETMAAL("14", "Etmaal"),
    DAGDEEL("16", "Dagdeel (4 uur)"),
    STUKS_OUTPUT("82", "Stuks (output)"),
    EUROS("83", "Euro's"),
    STUKS_INSPANNING("84", "Stuks (inspanning)");

    private static final CodeIndex<Eenheid> INDEX = new CodeIndex<>("Eenheid (WJ756)", values());

    private final String code;
    private final String omschrijving;

    Eenheid(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Eenheid vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Eenheid> find(String code) {
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
