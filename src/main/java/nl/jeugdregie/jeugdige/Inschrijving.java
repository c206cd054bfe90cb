package nl.jeugdregie.jeugdige;

import java.util.Objects;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;

/** A gemeente registers a jeugdige it is responsible for, with the person data as the worker or the BRP gave them. */
public record Inschrijving(Bsn bsn, Persoonsgegevens gegevens, GemeenteCode gemeente) {

    public Inschrijving {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(gegevens, "gegevens");
        Objects.requireNonNull(gemeente, "gemeente");
    }
}
