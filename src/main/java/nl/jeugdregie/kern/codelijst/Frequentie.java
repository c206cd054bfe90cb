package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Frequentie, iJw 3.2 code list WMO757 (element LDT_Frequentie), used in JW301, JW302, JW315, JW316, JW317,
 * JW318.
 *
 * <p>Definitie: Frequentie van de te leveren of geleverde ondersteuning.
 */
public enum Frequentie implements Code {
    PER_DAG("1", "Per dag"),
    PER_WEEK("2", "Per week"),
    PER_MAAND("4", "Per maand"),
    TOTAAL_BINNEN_GELDIGHEIDSDUUR("6", "Totaal binnen geldigheidsduur toewijzing");

    private static final CodeIndex<Frequentie> INDEX = new CodeIndex<>("Frequentie (WMO757)", values());

    private final String code;
    private final String omschrijving;

    Frequentie(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Frequentie vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Frequentie> find(String code) {
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
