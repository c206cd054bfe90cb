package nl.jeugdregie.toewijzing;

import java.util.List;
import java.util.Objects;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;

/**
 * Where one aanvraag of an aanbieder's verzoek stands, as the aanbieder may read it: its work item, the reden of a
 * rejection (JW319) and the toewijzingen that the gemeente made for it (JW301 with the same ReferentieAanbieder).
 */
public record Aanvraagstand(
        Werkitem werkitem, RedenAfwijzingVerzoek redenAfwijzing, List<Toewijzingnummer> toewijzingen) {

    public Aanvraagstand {
        Objects.requireNonNull(werkitem, "werkitem");
        toewijzingen = List.copyOf(toewijzingen);
    }
}
