package nl.jeugdregie.financien;

import nl.jeugdregie.kern.Bedrag;

/** A selection of declaraties to pay as the user saw it: how many, and the sum of their amounts to pay. */
public record Selectie(long aantal, Bedrag bedrag) {}
