package nl.jeugdregie.toegang;

import java.time.LocalDate;

/**
 * One event on the jeugdige's timeline.
 *
 * @param soort e.g. {@code hulpvraag}, {@code triage}, {@code besluit}, {@code beschikking}, {@code toewijzing},
 *     {@code start}, {@code stop}, {@code declaratie}, {@code doel}
 * @param verwijzing the id or number the event refers to, for a link; may be {@code null}
 */
public record Tijdlijnitem(LocalDate datum, String soort, String omschrijving, String gemeente, String verwijzing) {}
