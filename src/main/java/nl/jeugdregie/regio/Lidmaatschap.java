package nl.jeugdregie.regio;

import java.time.LocalDate;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A gemeente's membership of a jeugdregio from {@code begindatum} up to and including {@code
 * einddatum} ({@code null}: open-ended).
 */
public record Lidmaatschap(
        long id, GemeenteCode gemeente, String jeugdregio, LocalDate begindatum, LocalDate einddatum) {

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(begindatum) && (einddatum == null || !datum.isAfter(einddatum));
    }
}
