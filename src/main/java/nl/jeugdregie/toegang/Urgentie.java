package nl.jeugdregie.toegang;

import java.util.Arrays;
import java.util.Locale;
import nl.jeugdregie.kern.OngeldigeWaarde;

/** How soon help is needed. Crisis means today; spoed within a week; normaal within the Awb term. */
public enum Urgentie {
    NORMAAL("normaal", "Normaal: besluit binnen de wettelijke termijn"),
    SPOED("spoed", "Spoed: hulp binnen een week"),
    CRISIS("crisis", "Crisis: vandaag hulp");

    private final String code;
    private final String omschrijving;

    Urgentie(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Urgentie vanCode(String code) {
        return Arrays.stream(values())
                .filter(u -> u.code.equals(code == null ? null : code.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(
                        () -> new OngeldigeWaarde("Onbekende urgentie '" + code + "'; kies normaal, spoed of crisis."));
    }
}
