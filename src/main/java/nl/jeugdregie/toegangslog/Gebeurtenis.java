package nl.jeugdregie.toegangslog;

import java.util.Objects;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.OngeldigeWaarde;

/**
 * One access to a jeugdige's personal data, as a module reports it to the {@link Toegangslog}. Who
 * and when are added by the log itself.
 *
 * @param jeugdige whose data was read or changed; stored only as a pseudonym
 * @param actie what was done
 * @param gegevens which data, e.g. {@code "beschikking 2024-0012"} or {@code "hulpvraag"}
 * @param namens on behalf of whom the user acted (a gemeente, the regio, an aanbieder); {@code null}
 *     means the user's own organisation
 * @param toelichting context such as the request path or the reason; may be {@code null}
 */
public record Gebeurtenis(Bsn jeugdige, Actie actie, String gegevens, String namens, String toelichting) {

    public Gebeurtenis {
        Objects.requireNonNull(jeugdige, "jeugdige");
        Objects.requireNonNull(actie, "actie");
        if (gegevens == null || gegevens.isBlank()) {
            throw new OngeldigeWaarde("Vermeld welke gegevens zijn ingezien of gewijzigd");
        }
    }

    /** An access on behalf of the user's own organisation, without further context. */
    public static Gebeurtenis van(Bsn jeugdige, Actie actie, String gegevens) {
        return new Gebeurtenis(jeugdige, actie, gegevens, null, null);
    }
}
