package nl.jeugdregie.toewijzing;

import nl.jeugdregie.kern.Periode;

/** A specific product (its code) over a period, as an open verzoek asks for it. */
public record Productperiode(String productcode, Periode periode) {}
