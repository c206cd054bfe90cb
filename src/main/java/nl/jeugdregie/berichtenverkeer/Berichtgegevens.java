package nl.jeugdregie.berichtenverkeer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the platform knows of a stored message, without its content.
 *
 * @param termijn for a received heenbericht: the last day its retourbericht is due
 * @param heenbericht for a retourbericht: the message it answers
 * @param bevindingen the findings of processing, each "regel retourcode pad: melding"
 */
public record Berichtgegevens(
        UUID id,
        Richting richting,
        String berichttype,
        String afzender,
        String ontvanger,
        String identificatie,
        LocalDate dagtekening,
        Kanaal kanaal,
        String bestandsnaam,
        Berichtstatus status,
        int grootte,
        Instant ontvangenOp,
        Instant verwerktOp,
        Instant opgehaaldOp,
        LocalDate termijn,
        UUID heenbericht,
        Integer aantalClienten,
        List<Bevindingregel> bevindingen) {

    public Berichtgegevens {
        bevindingen = bevindingen == null ? List.of() : List.copyOf(bevindingen);
    }

    /** One finding as stored: official rule code, retourcode, element path and a Dutch explanation. */
    public record Bevindingregel(String regel, String retourcode, String pad, String melding) {}
}
