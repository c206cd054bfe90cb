package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Soort adres, iJw 3.2 code list COD757 (element LDT_AdresSoort), used in JW301.
 *
 * <p>Definitie: Nadere typering van het adres.
 */
public enum SoortAdres implements Code {
    BRP_ADRES("01", "BRP-adres"),
    CORRESPONDENTIEADRES("02", "Correspondentie-adres"),
    VERBLIJFADRES("03", "Verblijfadres"),
    TIJDELIJK_VERBLIJFADRES("04", "Tijdelijk verblijfadres");

    private static final CodeIndex<SoortAdres> INDEX = new CodeIndex<>("Soort adres (COD757)", values());

    private final String code;
    private final String omschrijving;

    SoortAdres(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static SoortAdres vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<SoortAdres> find(String code) {
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
