package nl.jeugdregie.berichtenverkeer;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which messages to list; {@code null} means no filter. {@code gemeenten} and {@code aanbieder} also
 * carry the caller's scope.
 */
public record Berichtfilter(
        Richting richting,
        String berichttype,
        Berichtstatus status,
        String aanbieder,
        Set<String> gemeenten,
        LocalDate van,
        LocalDate tot) {}
