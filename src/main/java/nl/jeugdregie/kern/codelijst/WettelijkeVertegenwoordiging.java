package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Wettelijke vertegenwoordiging, iJw 3.2 code list WJ003 (element LDT_WettelijkeVertegenwoordiging), used in
 * JW301, JW302.
 *
 * <p>Definitie: Wettelijke vertegenwoordiging die voor de cliënt van toepassing is op het moment van
 * beoordeling.
 */
public enum WettelijkeVertegenwoordiging implements Code {
    VOOGDIJ("06", "Voogdij"),
    BEWINDVOERING("07", "Bewindvoering"),
    MENTORSCHAP("08", "Mentorschap"),
    ONDER_CURATELE("09", "Onder curatele stelling"),
    ZAAKWAARNEMING("10", "Zaakwaarneming");

    private static final CodeIndex<WettelijkeVertegenwoordiging> INDEX =
            new CodeIndex<>("Wettelijke vertegenwoordiging (WJ003)", values());

    private final String code;
    private final String omschrijving;

    WettelijkeVertegenwoordiging(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static WettelijkeVertegenwoordiging vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<WettelijkeVertegenwoordiging> find(String code) {
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
