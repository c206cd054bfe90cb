package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Communicatievorm, iJw 3.2 code list COD747 (element LDT_Communicatievorm), used in JW301, JW302.
 *
 * <p>Definitie: Gecodeerde aanduiding van de bijzondere vorm van communicatie die gebruikt dient te worden.
 */
public enum Communicatievorm implements Code {
    TOLK_TAAL("1", "Tolk taal"),
    DOVENTOLK("2", "Doventolk"),
    DOOFBLINDENTOLK("3", "Doofblindentolk");

    private static final CodeIndex<Communicatievorm> INDEX = new CodeIndex<>("Communicatievorm (COD747)", values());

    private final String code;
    private final String omschrijving;

    Communicatievorm(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Communicatievorm vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Communicatievorm> find(String code) {
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
