package nl.jeugdregie.jeugdige;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Plausibel;
import nl.jeugdregie.kern.Tekst;

/**
 * A provision of the household besides jeugdhulp, as the gemeente recorded it.
 *
 * @param id {@code null} until stored
 * @param tot the last day, {@code null} while it lasts
 */
public record Voorziening(
        UUID id, GemeenteCode gemeente, Voorzieningsoort soort, String omschrijving, LocalDate van, LocalDate tot) {

    public Voorziening {
        omschrijving = omschrijving == null || omschrijving.isBlank() ? null : omschrijving.strip();
        if (gemeente == null || soort == null || van == null) {
            throw new OngeldigeWaarde("Vul de gemeente, de soort voorziening en de begindatum in.");
        }
        Plausibel.beleidsdatum("De begindatum", van);
        Plausibel.beleidsdatum("De einddatum", tot);
        if (tot != null && tot.isBefore(van)) {
            throw new OngeldigeWaarde("De einddatum ligt voor de begindatum.");
        }
        if (omschrijving != null && (omschrijving.length() > 500 || Tekst.heeftStuurteken(omschrijving))) {
            throw new OngeldigeWaarde("Een omschrijving is hoogstens 500 tekens, zonder stuurtekens.");
        }
    }

    public boolean lopendOp(LocalDate dag) {
        return !van.isAfter(dag) && (tot == null || !tot.isBefore(dag));
    }
}
