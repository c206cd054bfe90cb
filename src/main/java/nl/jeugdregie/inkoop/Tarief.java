package nl.jeugdregie.inkoop;

import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;

/** The price per eenheid of a contracted product over a period (inclusive). */
public record Tarief(long id, Bedrag bedrag, Periode geldig) {}
