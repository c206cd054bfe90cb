package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Indicatie debet/credit, iJw 3.2 code list COD043 (element LDT_DebetCredit), used in JW323, JW325.
 *
 * <p>Definitie: Gecodeerde aanduiding voor debet of credit.
 */
public enum DebetCredit implements Code {
    CREDIT("C", "Creditbedrag en aantal"),
    DEBET("D", "Debetbedrag en aantal");

    private static final CodeIndex<DebetCredit> INDEX = new CodeIndex<>("Indicatie debet/credit (COD043)", values());

    private final String code;
    private final String omschrijving;

    DebetCredit(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static DebetCredit vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<DebetCredit> find(String code) {
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
