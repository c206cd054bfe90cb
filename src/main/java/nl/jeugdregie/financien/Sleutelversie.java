package nl.jeugdregie.financien;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One version of the verdeelsleutels of a year: the key of every part it gave, who stored it, when and why. */
public record Sleutelversie(int versie, String toelichting, String door, Instant op, List<Verdeelsleutel> sleutels) {

    public Sleutelversie {
        sleutels = List.copyOf(sleutels);
    }

    public Optional<Verdeelsleutel> voor(Inkoopdeel deel) {
        return sleutels.stream().filter(s -> s.deel() == deel).findFirst();
    }
}
