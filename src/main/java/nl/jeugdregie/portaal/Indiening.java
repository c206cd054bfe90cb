package nl.jeugdregie.portaal;

import java.util.UUID;
import nl.jeugdregie.berichtenverkeer.Berichtstatus;

/**
 * A message the portal took in for the aanbieder, with where it stands now.
 *
 * @param herhaald whether this request repeated an earlier one (same key): then nothing new was sent
 */
public record Indiening(
        UUID bericht, String berichttype, String identificatie, Berichtstatus status, boolean herhaald) {}
