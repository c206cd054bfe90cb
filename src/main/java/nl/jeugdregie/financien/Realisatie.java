package nl.jeugdregie.financien;

import java.math.BigDecimal;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The declared amounts of a gemeente at an aanbieder for a product in the month the care was delivered: approved
 * (credit corrections subtracted) and, apart, what the check did not approve.
 *
 * @param jeugdzorgvorm CBS code of the product's jeugdzorgvorm, or {@code onbekend}
 * @param eenheid the iJw eenheid of the prestaties
 * @param goedgekeurdeEenheden the approved volume in that eenheid, credits subtracted
 */
public record Realisatie(
        GemeenteCode gemeente,
        AgbCode aanbieder,
        String jeugdzorgvorm,
        String productcategorie,
        String productcode,
        int maand,
        long goedgekeurdePrestaties,
        Bedrag goedgekeurd,
        long afgewezenPrestaties,
        Bedrag nietGoedgekeurd,
        String eenheid,
        BigDecimal goedgekeurdeEenheden) {

    /** The jeugdzorgvorm's name with its code, or Onbekend. */
    public String hulpvormnaam() {
        return FinancienService.naam(jeugdzorgvorm);
    }
}
