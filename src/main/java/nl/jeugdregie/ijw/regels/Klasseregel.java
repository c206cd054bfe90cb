package nl.jeugdregie.ijw.regels;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtcontrole;
import nl.jeugdregie.ijw.Bevinding;

/**
 * One official rule checked on one berichtklasse: its code, retourcode and controleniveau, the messages
 * and class it applies to, the element the finding points at, and the violation as a predicate.
 */
record Klasseregel(
        String code,
        String retourcode,
        int niveau,
        Set<BerichtType> berichten,
        String klasse,
        String element,
        Predicate<Berichtcontrole.Klasse> overtreden,
        String melding) {

    static Klasseregel regel(
            String code,
            String klasse,
            String element,
            String melding,
            Predicate<Berichtcontrole.Klasse> overtreden,
            BerichtType... berichten) {
        return new Klasseregel(
                code, "0001", 2, EnumSet.copyOf(List.of(berichten)), klasse, element, overtreden, melding);
    }

    void check(Berichtcontrole.Klasse klasse, List<Bevinding> uit) {
        if (overtreden.test(klasse)) {
            String pad = element.isEmpty() ? klasse.pad() : klasse.pad() + "/" + element;
            uit.add(new Bevinding(code, retourcode, pad, melding, niveau));
        }
    }
}
