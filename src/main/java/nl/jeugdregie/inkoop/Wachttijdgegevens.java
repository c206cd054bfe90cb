package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.jeugdregie.kern.AgbCode;

/**
 * What is entered or imported for a waiting time. Aanbieder, product, aanbod and locatie identify
 * the entry; an empty aanbod takes the product's description.
 */
public record Wachttijdgegevens(
        AgbCode agb,
        String productcode,
        String aanbod,
        String locatie,
        BigDecimal wekenTotIntake,
        BigDecimal wekenTotStart,
        Integer vrijePlaatsen,
        boolean aanmeldstop,
        String toelichting,
        String bronUrl,
        LocalDate bevestigdOp) {}
