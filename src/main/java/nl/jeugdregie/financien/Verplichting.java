package nl.jeugdregie.financien;

import java.math.BigDecimal;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * What the toewijzingen of a gemeente at an aanbieder for a product still commit for the rest of the year.
 *
 * @param jeugdzorgvorm CBS code of the product's jeugdzorgvorm, or {@code onbekend}
 * @param productcode empty for a toewijzing of a whole category (aspecifiek)
 * @param zonderTarief toewijzingen with an omvang for which no contract tariff applies: they add nothing
 * @param eenheid the iJw eenheid the amount is priced in ({@code budget} for a budget toewijzing)
 * @param eenheden the units of care in that eenheid the amount pays for (eurocent for an amount or a budget)
 */
public record Verplichting(
        GemeenteCode gemeente,
        AgbCode aanbieder,
        String jeugdzorgvorm,
        String productcategorie,
        String productcode,
        long toewijzingen,
        long zonderTarief,
        Bedrag bedrag,
        String eenheid,
        BigDecimal eenheden) {

    /** The jeugdzorgvorm's name with its code, or Onbekend. */
    public String hulpvormnaam() {
        return FinancienService.naam(jeugdzorgvorm);
    }
}
