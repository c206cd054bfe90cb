package nl.jeugdregie.portaal;

import java.time.LocalDate;
import nl.jeugdregie.toewijzing.ToegewezenProduct;
import nl.jeugdregie.toewijzing.Zorgtraject;

/**
 * A toewijzing the aanbieder received, in words: the jeugdige by name and birth date (as the gemeente sent them), the
 * omvang or budget, and where the levering stands.
 */
public record Toewijzingsregel(
        ToegewezenProduct toewijzing, String jeugdige, LocalDate geboortedatum, Zorgtraject levering) {

    /** The omvang in words ("4 uur per week") or the budget ("€ 2.400,00 budget"). */
    public String omvangInWoorden() {
        if (toewijzing.omvang() != null) {
            return toewijzing.omvang().toString();
        }
        return toewijzing.budget() == null ? "geen omvang" : toewijzing.budget().format() + " budget";
    }
}
