package nl.jeugdregie.portaal;

import java.time.LocalDate;
import java.util.Objects;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.toewijzing.Toewijzingnummer;

/**
 * The start of care on a toewijzing as the aanbieder reports it: on {@code begindatum}; a correction moves the start
 * that began on {@code vorigeBegindatum} to {@code begindatum}; a withdrawal deletes the start of {@code begindatum}.
 */
public record Startopdracht(
        GemeenteCode gemeente,
        Toewijzingnummer nummer,
        LocalDate begindatum,
        Leveringswijze wijze,
        LocalDate vorigeBegindatum) {

    public Startopdracht {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(nummer, "nummer");
        wijze = wijze == null ? Leveringswijze.MELDEN : wijze;
    }
}
