package nl.jeugdregie.regio;

import java.time.LocalDate;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The inhabitants of a gemeente on 1 January in an age class from {@code leeftijdVan} to {@code leeftijdTot} (both
 * inclusive; no {@code leeftijdTot} means "and older", so from 0 it is the total), as stored with its source.
 */
public record Bevolkingscijfer(
        GemeenteCode gemeente,
        LocalDate peildatum,
        int leeftijdVan,
        Integer leeftijdTot,
        long aantal,
        boolean geschat,
        String bron) {

    /** The class in words: "totaal", "0-17 jaar", "5 jaar" or "65 jaar en ouder". */
    public String leeftijdsklasse() {
        if (leeftijdTot == null) {
            return leeftijdVan == 0 ? "totaal" : leeftijdVan + " jaar en ouder";
        }
        return leeftijdVan == leeftijdTot ? leeftijdVan + " jaar" : leeftijdVan + "-" + leeftijdTot + " jaar";
    }
}
