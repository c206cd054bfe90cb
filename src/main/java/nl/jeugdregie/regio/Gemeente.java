package nl.jeugdregie.regio;

import nl.jeugdregie.kern.GemeenteCode;

/** A gemeente with its CBS gemeentecode. */
public record Gemeente(GemeenteCode code, String naam, String provincie) {}
