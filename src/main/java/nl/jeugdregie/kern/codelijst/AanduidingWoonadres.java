package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Aanduiding woonadres, iJw 3.2 code list NUM061 (element LDT_AanduidingWoonadres), used in JW301, JW302.
 *
 * <p>Definitie: De aanduiding die wordt gebruikt voor adressen die niet zijn voorzien van de gebruikelijke
 * straatnaam- en huisnummeraanduidingen.
 */
public enum AanduidingWoonadres implements Code {
    AAN_BOORD("AB", "Aan boord"),
    BIJ("BY", "Bij"),
    TEGENOVER("TO", "Tegenover"),
    WOONWAGEN("WW", "Woonwagen");

    private static final CodeIndex<AanduidingWoonadres> INDEX =
            new CodeIndex<>("Aanduiding woonadres (NUM061)", values());

    private final String code;
    private final String omschrijving;

    AanduidingWoonadres(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static AanduidingWoonadres vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<AanduidingWoonadres> find(String code) {
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
