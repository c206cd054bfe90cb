package nl.jeugdregie.toegang;

import java.time.Instant;
import java.util.UUID;
import nl.jeugdregie.toegang.beschikking.Besluitsoort;

/** A besluit as stored, with the toewijzing it created (when help was granted). */
public record Besluit(
        UUID id,
        UUID hulpvraag,
        Besluitsoort soort,
        Trede adviesTrede,
        Trede gekozenTrede,
        String redenZwaarder,
        String motivering,
        String productcode,
        String aanbieder,
        java.time.LocalDate ingangsdatum,
        java.time.LocalDate einddatum,
        String omvang,
        Long toewijzingnummer,
        Instant beslotenOp,
        String beslotenDoor) {}
