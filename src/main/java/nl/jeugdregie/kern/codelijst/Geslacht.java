package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Geslacht, iJw 3.2 code list COD046 (element LDT_Geslacht), used in JW301, JW302, JW305, JW306, JW307, JW308,
 * JW315, JW316.
 *
 * <p>Definitie: Unieke aanduiding van de sexe van een persoon.
 */
public enum Geslacht implements Code {
    ONBEKEND("0", "Onbekend"),
    MANNELIJK("1", "Mannelijk"),
    VROUWELIJK("2", "Vrouwelijk");

    private static final CodeIndex<Geslacht> INDEX = new CodeIndex<>("Geslacht (COD046)", values());

    private final String code;
    private final String omschrijving;

    Geslacht(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Geslacht vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Geslacht> find(String code) {
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
