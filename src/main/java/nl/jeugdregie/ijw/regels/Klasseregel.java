package nl.jeugdregie.ijw.regels;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtcontrole;
import nl.jeugdregie.ijw.Bevinding;

/**
 * One official rule checked on one berichtklasse: its code, retourcode and controleniveau, the messages
 * and class it applies to, the element the finding points at, the violation as a predicate and the explanation,
 * which may quote the values it found. The finding names the class as the aanbieder knows it (the prestatie by its
 * ReferentieNummer, the jeugdige by BSN or name) before the explanation.
 */
record Klasseregel(
        String code,
        String retourcode,
        int niveau,
        Set<BerichtType> berichten,
        String klasse,
        String element,
        Predicate<Berichtcontrole.Klasse> overtreden,
        Function<Berichtcontrole.Klasse, String> melding) {

    static Klasseregel regel(
            String code,
            String klasse,
            String element,
            String melding,
            Predicate<Berichtcontrole.Klasse> overtreden,
            BerichtType... berichten) {
        return regel(code, klasse, element, k -> melding, overtreden, berichten);
    }

    /** A rule whose explanation quotes what it found, such as the amounts it compared. */
    static Klasseregel regel(
            String code,
            String klasse,
            String element,
            Function<Berichtcontrole.Klasse, String> melding,
            Predicate<Berichtcontrole.Klasse> overtreden,
            BerichtType... berichten) {
        return new Klasseregel(
                code, "0001", 2, EnumSet.copyOf(List.of(berichten)), klasse, element, overtreden, melding);
    }

    void check(Berichtcontrole.Klasse klasse, List<Bevinding> uit) {
        if (overtreden.test(klasse)) {
            String pad = element.isEmpty() ? klasse.pad() : klasse.pad() + "/" + element;
            uit.add(new Bevinding(code, retourcode, pad, klasse.melding(melding.apply(klasse)), niveau));
        }
    }
}
