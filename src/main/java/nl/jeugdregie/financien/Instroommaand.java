package nl.jeugdregie.financien;

import java.time.YearMonth;
import nl.jeugdregie.kern.Bedrag;

/**
 * One month of history of a jeugdzorgvorm: new toewijzingen, toewijzingen running, and the approved amount of the care
 * delivered in it.
 */
public record Instroommaand(YearMonth maand, long nieuw, long lopend, Bedrag realisatie) {}
