package nl.jeugdregie.declaratie;

import java.util.Objects;

/**
 * One prestatie a concept declaratie proposes, with a short Dutch explanation of where it came from, e.g. "4 uur per
 * week × 5 weken in maart 2026" or "creditering van referentie JR12: toewijzing beëindigd per 15-02-2026".
 */
public record Conceptregel(Prestatie prestatie, String toelichting) {

    public Conceptregel {
        Objects.requireNonNull(prestatie, "prestatie");
        Objects.requireNonNull(toelichting, "toelichting");
    }
}
