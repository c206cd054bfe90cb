package nl.jeugdregie.sturing;

import java.math.BigDecimal;

/**
 * One figure: the value of an indicator for one group of a breakdown ({@code totaal} without one), with the numerator
 * and denominator it came from and the number of jeugdigen behind it. A suppressed cell ({@link #onderdrukt}) carries no
 * numbers at all: fewer than the minimum number of jeugdigen stood behind it, or it would let such a cell be derived.
 *
 * @param naam the group as people read it, with its code
 * @param jeugdigen null when the figure is not about persons (money, messages)
 * @param geschat whether the denominator is an estimate
 */
public record Cel(
        String groep,
        String naam,
        BigDecimal waarde,
        BigDecimal teller,
        BigDecimal noemer,
        Long jeugdigen,
        boolean geschat,
        boolean onderdrukt) {

    /** The figure as people read it: in its unit, "< 5" when suppressed, with "(schatting)" for an estimate. */
    public static String tekst(Cel cel, Eenheid eenheid, int minimum) {
        if (cel == null) {
            return "-";
        }
        if (cel.onderdrukt()) {
            return "< " + minimum;
        }
        return eenheid.schrijf(cel.waarde()) + (cel.geschat() ? " (schatting)" : "");
    }

    Cel onderdrukken() {
        return new Cel(groep, naam, null, null, null, null, geschat, true);
    }

    Cel metNaam(String andereNaam) {
        return new Cel(groep, andereNaam, waarde, teller, noemer, jeugdigen, geschat, onderdrukt);
    }
}
