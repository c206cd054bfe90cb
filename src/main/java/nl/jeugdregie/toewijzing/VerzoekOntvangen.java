package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Verwijzer;

/**
 * A verzoek was accepted and waits for a decision, at the latest on {@code uiterlijk}.
 *
 * @param verwijzer who referred the client (iJw COD327), as the aanbieder stated it; {@code null} when not stated
 * @param producten the requested products in words, e.g. {@code "45A48 (Jeugdhulp ambulant)"}
 */
public record VerzoekOntvangen(
        Verzoeksoort soort,
        GemeenteCode gemeente,
        AgbCode aanbieder,
        String referentieAanbieder,
        LocalDate uiterlijk,
        Bsn client,
        Verwijzer verwijzer,
        LocalDate ontvangen,
        String producten) {}
