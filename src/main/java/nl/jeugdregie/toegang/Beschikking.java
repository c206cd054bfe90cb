package nl.jeugdregie.toegang;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A beschikking as stored: the PDF exactly as generated, with its SHA-256 (hex) so any change shows. */
public record Beschikking(
        UUID id,
        UUID besluit,
        UUID hulpvraag,
        String kenmerk,
        LocalDate dagtekening,
        String sha256,
        Instant aangemaaktOp) {}
