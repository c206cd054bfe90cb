package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Reden afwijzing verzoek, iJw 3.2 code list WJ759 (element LDT_RedenAfwijzingVerzoek), used in JW319, JW320.
 *
 * <p>Definitie: Reden van afwijzen van een verzoek om toewijzing of een verzoek om wijziging.
 */
public enum RedenAfwijzingVerzoek implements Code {
    NIEUWE_AANVRAAG_NODIG("1", "Geen wijziging, maar nieuwe aanvraag"),
    PAST_NIET_BINNEN_BUDGET("2", "Past niet binnen budget"),
    GEEN_CONTRACT("3", "Geen contract"),
    PAST_NIET_BINNEN_CONTRACT("4", "Past niet binnen contract"),
    ANDERE_GEMEENTE("5", "Andere gemeente"),
    STAPELING("6", "Stapeling"),
    ZORGINHOUDELIJKE_AFKEUR("7", "Zorginhoudelijke afkeur"),
    WOONPLAATSBEGINSEL("8", "Woonplaatsbeginsel"),
    LEEFTIJDSGRENS_BEREIKT("9", "Leeftijdsgrens is bereikt");

    private static final CodeIndex<RedenAfwijzingVerzoek> INDEX =
            new CodeIndex<>("Reden afwijzing verzoek (WJ759)", values());

    private final String code;
    private final String omschrijving;

    RedenAfwijzingVerzoek(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static RedenAfwijzingVerzoek vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<RedenAfwijzingVerzoek> find(String code) {
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
