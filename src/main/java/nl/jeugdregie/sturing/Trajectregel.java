package nl.jeugdregie.sturing;

import java.time.LocalDate;

/**
 * One traject behind the figures, pseudonymised: anyone can recompute the indicators from these rows, nobody can tell
 * who the jeugdige is. The pseudonym is derived for exports only, so it links the rows of an export but not to the
 * platform's own records.
 */
public record Trajectregel(
        String jeugdige,
        String gemeente,
        String hulpvorm,
        String productcategorie,
        String productcode,
        String aanbieder,
        String verwijzer,
        LocalDate begindatum,
        LocalDate einddatum,
        String redenBeeindiging) {}
