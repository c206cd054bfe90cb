package nl.jeugdregie.kern;

import java.time.LocalDate;

/** A day that is not a working day although it may fall on a weekday, with its Dutch name. */
public record Feestdag(LocalDate datum, String naam) implements Comparable<Feestdag> {

    public Feestdag {
        if (datum == null) {
            throw new OngeldigeWaarde("Een feestdag moet een datum hebben");
        }
        if (naam == null || naam.isBlank()) {
            throw new OngeldigeWaarde("Feestdag " + Notatie.datum(datum) + " moet een naam hebben");
        }
    }

    @Override
    public int compareTo(Feestdag ander) {
        return datum.compareTo(ander.datum);
    }

    @Override
    public String toString() {
        return naam + " (" + Notatie.datum(datum) + ")";
    }
}
