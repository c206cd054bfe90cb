package nl.jeugdregie.sturing;

import java.math.BigDecimal;

/** A published national (or CBS gemeente) figure to compare with: its value, year, unit, denominator and source. */
public record Referentiecijfer(
        String gebied, String indicator, int jaar, BigDecimal waarde, String eenheid, String noemer, String bron) {}
