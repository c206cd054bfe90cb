package nl.jeugdregie.toegang;

import java.time.LocalDate;
import java.util.UUID;

/** A goal whose evaluation date has come and that is not evaluated yet: a review due. */
public record Review(UUID jeugdige, UUID doel, String omschrijving, LocalDate evaluatiedatum) {}
