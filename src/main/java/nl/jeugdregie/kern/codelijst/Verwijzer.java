package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Code verwijzer, iJw 3.2 code list COD327 (element LDT_TypeVerwijzer), used in JW315, JW316.
 *
 * <p>Definitie: Aanduiding van de aard van de (zelf)verwijzer.
 */
public enum Verwijzer implements Code {
    GEMEENTE("01", "Gemeente"),
    HUISARTS("02", "Huisarts"),
    JEUGDARTS("03", "Jeugdarts"),
    GECERTIFICEERDE_INSTELLING("04", "Gecertificeerde instelling"),
    MEDISCH_SPECIALIST("05", "Medisch specialist"),
    ZELFVERWIJZER("06", "Zelfverwijzer/geen verwijzer"),
    JUSTITIE("08", "Rechter, Officier van Justitie, functionaris Justitiele jeugdinrichting");

    private static final CodeIndex<Verwijzer> INDEX = new CodeIndex<>("Code verwijzer (COD327)", values());

    private final String code;
    private final String omschrijving;

    Verwijzer(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Verwijzer vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Verwijzer> find(String code) {
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
