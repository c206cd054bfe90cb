package nl.jeugdregie.portaal;

import java.time.Instant;
import java.time.YearMonth;
import nl.jeugdregie.berichtenverkeer.Berichtstatus;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A concept declaratie in the aanbieder's list, without personal data.
 *
 * @param totaal the sum of its prestaties, credits negative
 * @param berichtstatus where the JW323 stands once sent; null while it is a concept
 */
public record Conceptoverzicht(
        long id,
        GemeenteCode gemeente,
        YearMonth maand,
        String declaratienummer,
        int prestaties,
        Bedrag totaal,
        Instant gemaaktOp,
        Berichtstatus berichtstatus) {

    public boolean isVerstuurd() {
        return berichtstatus != null;
    }
}
