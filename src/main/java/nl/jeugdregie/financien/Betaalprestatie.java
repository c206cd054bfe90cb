package nl.jeugdregie.financien;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.codelijst.Eenheid;

/**
 * A prestatie of a received declaratie as its payment needs it, without the client: the aanbieder's reference (and
 * the one it credits or replaces), the toewijzing, the product, the period of care, the volume, the amount with its
 * sign (a credit line negative) and the beoordeling with the retourcodes of a rejection.
 *
 * @param productcode empty for an aspecifieke toewijzing
 * @param tarief empty when the unit is euro's
 */
public record Betaalprestatie(
        long id,
        String referentienummer,
        String vorigReferentienummer,
        long toewijzingnummer,
        String productcategorie,
        String productcode,
        LocalDate begindatum,
        LocalDate einddatum,
        long volume,
        String eenheid,
        Bedrag tarief,
        Bedrag bedrag,
        boolean credit,
        boolean goedgekeurd,
        List<String> retourcodes) {

    public Betaalprestatie {
        retourcodes = List.copyOf(retourcodes);
    }

    /** The unit with its name and code, as people read it: {@code Uur (04)}. */
    public String eenheidnaam() {
        return Eenheid.find(eenheid).map(Notatie::code).orElse(eenheid);
    }
}
