package nl.jeugdregie.berichtenverkeer;

import java.util.UUID;

/** A message was received and stored; it waits to be processed. */
public record BerichtOntvangen(UUID id, String berichttype) {}
