package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The aanbieder deleted an earlier start ({@code einddatum} absent) or stop with StatusAanlevering 3, usually followed
 * by a corrected one.
 */
public record LeveringsmeldingVerwijderd(
        GemeenteCode gemeente, Toewijzingnummer nummer, AgbCode aanbieder, LocalDate begindatum, LocalDate einddatum) {}
