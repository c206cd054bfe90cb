package nl.jeugdregie.financien;

import java.time.Instant;
import java.util.List;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A saved scenario of a gemeente: its name, levers and savings task, with the grondslag it was made on, so its
 * projection stays the same. An unsaved calculation has id 0.
 *
 * @param opgave the savings task of each of the five years after the base year
 */
public record Scenario(
        long id,
        GemeenteCode gemeente,
        String naam,
        String toelichting,
        Grondslag grondslag,
        Hefbomen hefbomen,
        List<Bedrag> opgave,
        String door,
        Instant op) {

    public Scenario {
        opgave = List.copyOf(opgave);
    }

    public Projectie projectie() {
        return Scenarioprojectie.bereken(grondslag, hefbomen, opgave);
    }

    public boolean isOpgeslagen() {
        return id != 0;
    }
}
