package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/** The aanbieder reported the start of the levering on a toewijzing (JW305, status 1). */
public record ZorgGestart(GemeenteCode gemeente, Toewijzingnummer nummer, AgbCode aanbieder, LocalDate begindatum) {}
