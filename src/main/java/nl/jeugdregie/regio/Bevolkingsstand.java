package nl.jeugdregie.regio;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.GemeenteCode;

/** Everything known of the population of one gemeente on 1 January of one year: its figures and its 0-17 count. */
public record Bevolkingsstand(
        GemeenteCode gemeente,
        String gemeentenaam,
        int jaar,
        LocalDate peildatum,
        Optional<Jeugdinwoners> jeugd0tot17,
        List<Bevolkingscijfer> cijfers) {

    public Bevolkingsstand {
        cijfers = List.copyOf(cijfers);
    }
}
