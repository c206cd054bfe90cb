package nl.jeugdregie.financien;

import java.math.BigDecimal;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The settlement of one gemeente for one part of the inkoop in a year: its grondslagen (inwoners 0-17, jeugdigen with a
 * toewijzing in the part, its own realised cost), its share of the region's cost under the key, and the difference.
 *
 * @param gebruik what the gemeente's own jeugdigen cost: approved declaraties by month of care
 * @param aandeel what the gemeente bears under the key, in whole cents (the shares add up to the region's cost)
 * @param aandeelProcent the gemeente's share under the key in percent, rounded to two decimals (informative)
 */
public record Verdeelregel(
        GemeenteCode gemeente,
        long inwoners,
        long jeugdigen,
        Bedrag gebruik,
        Bedrag aandeel,
        BigDecimal aandeelProcent) {

    /** Aandeel minus gebruik: positive the gemeente pays into the region (te betalen), negative it receives. */
    public Bedrag verschil() {
        return aandeel.min(gebruik);
    }

    public boolean isTeBetalen() {
        return verschil().isPositief();
    }
}
