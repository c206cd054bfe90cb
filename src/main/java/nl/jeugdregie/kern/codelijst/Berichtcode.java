package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Berichtcode, the Vektis code list COD002 (element LDT_BerichtCode in the header of every message) restricted to
 * the iJw 3.2 messages. Each XSD fixes the code of its own message, for example 436 for JW301. The constant names are
 * the message types and the descriptions the message names.
 */
public enum Berichtcode implements Code {
    JW301("436", "Toewijzingsbericht"),
    JW302("437", "Toewijzingsbericht retour"),
    JW305("438", "Startzorgbericht"),
    JW306("439", "Startzorgbericht retour"),
    JW307("440", "Stopzorgbericht"),
    JW308("441", "Stopzorgbericht retour"),
    JW315("446", "Verzoek om toewijzing"),
    JW316("447", "Verzoek om toewijzing retour"),
    JW317("486", "Verzoek om wijziging"),
    JW318("487", "Verzoek om wijziging retour"),
    JW319("488", "Antwoordbericht"),
    JW320("489", "Antwoordbericht retour"),
    JW323("490", "Declaratiebericht"),
    JW325("491", "Declaratie-antwoordbericht");

    private static final CodeIndex<Berichtcode> INDEX = new CodeIndex<>("Berichtcode (COD002)", values());

    private final String code;
    private final String omschrijving;

    Berichtcode(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Berichtcode vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Berichtcode> find(String code) {
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

    /** The message type, such as {@code "JW301"}. */
    public String berichttype() {
        return name();
    }

    /**
     * The message the receiver sends back on this one: the retourbericht (JW301 is answered by JW302), or for a
     * declaratie (JW323) the declaratie-antwoordbericht JW325. Empty for messages that are themselves an answer.
     */
    public Optional<Berichtcode> retourbericht() {
        return switch (this) {
            case JW301 -> Optional.of(JW302);
            case JW305 -> Optional.of(JW306);
            case JW307 -> Optional.of(JW308);
            case JW315 -> Optional.of(JW316);
            case JW317 -> Optional.of(JW318);
            case JW319 -> Optional.of(JW320);
            case JW323 -> Optional.of(JW325);
            default -> Optional.empty();
        };
    }
}
