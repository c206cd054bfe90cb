package nl.jeugdregie.portaal;

import java.time.LocalDate;

/** A stored outcome measurement with the levering it belongs to (its begin and end). */
public record Leveringsuitkomst(LocalDate begindatum, LocalDate einddatum, Uitkomstmeting meting) {}
