package nl.jeugdregie.ijw;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of validating one message: its type (null when the input stopped before the root
 * element, e.g. at a DOCTYPE) and every finding. Callers that check against earlier messages add their
 * own findings with {@link #met(List)}.
 */
public record Validatieresultaat(BerichtType bericht, List<Bevinding> bevindingen) {

    public Validatieresultaat {
        bevindingen = List.copyOf(bevindingen);
    }

    public boolean geldig() {
        return bevindingen.isEmpty();
    }

    /** Whether there is a finding at this controleniveau. */
    public boolean heeftNiveau(int niveau) {
        return bevindingen.stream().anyMatch(b -> b.niveau() == niveau);
    }

    /** This result with more findings, e.g. from checks against earlier messages. */
    public Validatieresultaat met(List<Bevinding> extra) {
        List<Bevinding> all = new ArrayList<>(bevindingen);
        all.addAll(extra);
        return new Validatieresultaat(bericht, all);
    }
}
