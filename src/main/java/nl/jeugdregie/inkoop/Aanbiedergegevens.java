package nl.jeugdregie.inkoop;

import java.util.List;
import nl.jeugdregie.kern.AgbCode;

/** What is entered for a new or changed aanbieder. */
public record Aanbiedergegevens(
        AgbCode agb,
        String kvk,
        String naam,
        Relatie relatie,
        AanbiederStatus status,
        String website,
        List<String> aliassen) {

    public Aanbiedergegevens {
        aliassen = aliassen == null
                ? List.of()
                : aliassen.stream()
                        .filter(a -> a != null && !a.isBlank())
                        .map(String::trim)
                        .distinct()
                        .toList();
        status = status == null ? AanbiederStatus.ACTIEF : status;
    }
}
