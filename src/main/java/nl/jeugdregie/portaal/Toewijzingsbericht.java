package nl.jeugdregie.portaal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.berichtenverkeer.Berichtstatus;

/**
 * A JW301 the gemeente sent the aanbieder, in words: the jeugdige and each toegewezen product with its omvang, period and
 * reden wijziging, and whether the aanbieder has acknowledged it.
 */
public record Toewijzingsbericht(
        UUID id,
        String identificatie,
        LocalDate dagtekening,
        String gemeente,
        Berichtstatus status,
        String jeugdige,
        LocalDate geboortedatum,
        List<Product> producten) {

    /** Whether it still waits for the aanbieder's JW302. */
    public boolean isTeBevestigen() {
        return teBevestigen(status);
    }

    /** Whether a JW301 in this status still waits for the aanbieder's JW302. */
    static boolean teBevestigen(Berichtstatus status) {
        return status == Berichtstatus.KLAAR || status == Berichtstatus.OPGEHAALD || status == Berichtstatus.VERZONDEN;
    }

    /** One ToegewezenProduct in words. */
    public record Product(
            long toewijzingnummer,
            String categorie,
            String productcode,
            LocalDate ingangsdatum,
            LocalDate einddatum,
            String omvang,
            String redenWijziging) {}
}
