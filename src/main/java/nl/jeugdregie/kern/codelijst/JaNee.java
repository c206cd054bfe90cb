package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Ja of nee, iJw 3.2 code list COD260 (element LDT_JaNee), used in JW315, JW316.
 *
 * <p>Definitie: Codering voor ja of nee.
 */
public enum JaNee implements Code {
    JA("1", "Ja"),
    NEE("2", "Nee");

    private static final CodeIndex<JaNee> INDEX = new CodeIndex<>("Ja of nee (COD260)", values());

    private final String code;
    private final String omschrijving;

    JaNee(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static JaNee vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<JaNee> find(String code) {
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

    public static JaNee van(boolean ja) {
        return ja ? JA : NEE;
    }

    public boolean isJa() {
        return this == JA;
    }
}
