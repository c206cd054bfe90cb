package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Verzoek antwoord, iJw 3.2 code list WJ760 (element LDT_VerzoekAntwoord), used in JW319, JW320.
 *
 * <p>Definitie: Gecodeerde aanduiding voor het antwoord op een verzoek.
 */
public enum VerzoekAntwoord implements Code {
    VERZOEK_AFGEWEZEN("1", "Verzoek afgewezen"),
    AANVRAAG_IN_ONDERZOEK("2", "Aanvraag in onderzoek");

    private static final CodeIndex<VerzoekAntwoord> INDEX = new CodeIndex<>("Verzoek antwoord (WJ760)", values());

    private final String code;
    private final String omschrijving;

    VerzoekAntwoord(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static VerzoekAntwoord vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<VerzoekAntwoord> find(String code) {
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
