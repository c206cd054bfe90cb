package nl.jeugdregie.regio;

import java.time.LocalDate;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The inhabitants of a gemeente aged 0-17 on 1 January of a year ({@code peildatum}), the denominator of bereik: exact
 * when CBS figures for 0-17 were imported, otherwise an estimate ({@code geschat}); {@code bron} says which and how.
 */
public record Jeugdinwoners(
        GemeenteCode gemeente, int jaar, LocalDate peildatum, long aantal, boolean geschat, String bron) {}
