package nl.jeugdregie.jeugdige;

import java.time.LocalDate;
import java.util.List;

/** The jeugdige's household: its members (with gezag) and the provisions it uses besides jeugdhulp. */
public record Huishouden(List<Gezinslid> leden, List<Voorziening> voorzieningen) {

    public Huishouden {
        leden = List.copyOf(leden);
        voorzieningen = List.copyOf(voorzieningen);
    }

    /** The members with gezag: they consent to jeugdhulp and receive the beschikking. */
    public List<Gezinslid> gezagdragers() {
        return leden.stream().filter(Gezinslid::gezag).toList();
    }

    /** The kinds of provision running on {@code dag}, each once. */
    public List<Voorzieningsoort> lopendeSoorten(LocalDate dag) {
        return voorzieningen.stream()
                .filter(v -> v.lopendOp(dag))
                .map(Voorziening::soort)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * Whether the household uses another provision besides jeugdhulp on {@code dag} (a "multigebruikhuishouden" in
     * the words of the SCP): such a family is best helped with one plan.
     */
    public boolean meervoudigGebruik(LocalDate dag) {
        return !lopendeSoorten(dag).isEmpty();
    }
}
