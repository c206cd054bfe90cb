package nl.jeugdregie.regio;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * What an import of CBS table 03759ned stored: per gemeente and 1 January the inhabitants aged 0-17 and, when the file
 * had it, the total; and how many rows of the file were passed over (other sexes, regions or ages).
 */
public record Bevolkingsimport(List<Ingelezen> ingelezen, int overgeslagen) {

    public Bevolkingsimport {
        ingelezen = List.copyOf(ingelezen);
    }

    /** The figures of one gemeente on one 1 January that replaced what an earlier import stored. */
    public record Ingelezen(
            GemeenteCode gemeente, String gemeentenaam, LocalDate peildatum, long jeugd0tot17, Long totaal) {}
}
