package nl.jeugdregie.declaratie;

import java.util.List;
import nl.jeugdregie.kern.codelijst.Retourcode;

/** The outcome of one prestatie: accepted when it has no afkeuringen, otherwise rejected as a whole (IV087). */
public record Prestatiebeoordeling(Prestatie prestatie, List<Afkeuring> afkeuringen) {

    public Prestatiebeoordeling {
        afkeuringen = List.copyOf(afkeuringen);
    }

    public boolean isGoedgekeurd() {
        return afkeuringen.isEmpty();
    }

    public List<Retourcode> retourcodes() {
        return afkeuringen.stream().map(Afkeuring::retourcode).distinct().toList();
    }
}
