package nl.jeugdregie.financien;

import java.util.EnumMap;
import java.util.Map;
import nl.jeugdregie.kern.Bedrag;

/**
 * The values of every {@link Hefboom} of a scenario (hundredths of a percent, or a count with 0 for no limit) and the
 * extra yearly cost of a stronger lokaal team.
 */
public record Hefbomen(Map<Hefboom, Integer> waarden, Bedrag investering) {

    /** Nothing changed: the baseline itself. */
    public static final Hefbomen GEEN = new Hefbomen(Map.of(), Bedrag.NUL);

    public Hefbomen {
        EnumMap<Hefboom, Integer> alle = new EnumMap<>(Hefboom.class);
        for (Hefboom h : Hefboom.values()) {
            int waarde = waarden.getOrDefault(h, 0);
            if (waarde < h.minimum() || waarde > h.maximum()) {
                throw new IllegalArgumentException(h + " " + waarde + " buiten " + h.bereik());
            }
            alle.put(h, waarde);
        }
        waarden = java.util.Collections.unmodifiableMap(alle);
        if (investering.isNegatief()) {
            throw new IllegalArgumentException("investering " + investering);
        }
    }

    public int waarde(Hefboom hefboom) {
        return waarden.get(hefboom);
    }

    /** A copy with one value changed. */
    public Hefbomen met(Hefboom hefboom, int waarde) {
        EnumMap<Hefboom, Integer> nieuw = new EnumMap<>(waarden);
        nieuw.put(hefboom, waarde);
        return new Hefbomen(nieuw, investering);
    }
}
