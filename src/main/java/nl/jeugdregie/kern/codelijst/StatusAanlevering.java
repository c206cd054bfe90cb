package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Status aanlevering, iJw 3.2 code list COD467 (element LDT_StatusAanlevering), used in JW305, JW306, JW307,
 * JW308.
 *
 * <p>Definitie: Indicatie over de status van de informatie in de berichtklasse.
 */
public enum StatusAanlevering implements Code {
    EERSTE_AANLEVERING("1", "Eerste aanlevering"),
    GEWIJZIGDE_AANLEVERING("2", "Gewijzigde aanlevering"),
    VERWIJDEREN_AANLEVERING("3", "Verwijderen aanlevering"),
    NIET_VAN_TOEPASSING("9", "Niet van toepassing (ongewijzigd)");

    private static final CodeIndex<StatusAanlevering> INDEX = new CodeIndex<>("Status aanlevering (COD467)", values());

    private final String code;
    private final String omschrijving;

    StatusAanlevering(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static StatusAanlevering vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<StatusAanlevering> find(String code) {
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
