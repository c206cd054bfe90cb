package nl.jeugdregie.toegangslog;

import java.time.LocalDate;
import nl.jeugdregie.kern.OngeldigeWaarde;

/**
 * Filters for the toegangslog; every filter is optional ({@code null}).
 *
 * @param gebruiker the exact login name
 * @param van the first day (inclusive, Dutch time)
 * @param tot the last day (inclusive, Dutch time)
 * @param actie the action
 * @param jeugdige the pseudonym of the jeugdige; get it from {@link Pseudonimisering#pseudoniem}
 */
public record Zoekvraag(String gebruiker, LocalDate van, LocalDate tot, Actie actie, String jeugdige) {

    public Zoekvraag {
        gebruiker = leegIsNull(gebruiker);
        jeugdige = leegIsNull(jeugdige);
        if (van != null && tot != null && tot.isBefore(van)) {
            throw new OngeldigeWaarde("De einddatum ligt voor de begindatum");
        }
    }

    public static Zoekvraag alles() {
        return new Zoekvraag(null, null, null, null, null);
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
