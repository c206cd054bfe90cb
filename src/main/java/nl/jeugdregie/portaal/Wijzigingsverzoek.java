package nl.jeugdregie.portaal;

import java.time.LocalDate;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenVerzoek;
import nl.jeugdregie.toewijzing.Omvang;
import nl.jeugdregie.toewijzing.Toewijzingnummer;

/**
 * A verzoek om wijziging (JW317) of one toewijzing of the aanbieder: from which day, until when, and the new omvang or
 * budget. The aanbieder's other current toewijzingen for the same jeugdige go along unchanged.
 */
public record Wijzigingsverzoek(
        GemeenteCode gemeente,
        Toewijzingnummer nummer,
        RedenVerzoek reden,
        LocalDate gewensteIngangsdatum,
        LocalDate einddatum,
        Omvang omvang,
        Bedrag budget,
        String commentaar) {}
