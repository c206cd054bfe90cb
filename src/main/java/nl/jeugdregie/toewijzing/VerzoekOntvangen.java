package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/** A verzoek was accepted and waits for a decision, at the latest on {@code uiterlijk}. */
public record VerzoekOntvangen(
        Verzoeksoort soort,
        GemeenteCode gemeente,
        AgbCode aanbieder,
        String referentieAanbieder,
        LocalDate uiterlijk) {}
