package nl.jeugdregie.toewijzing;

import java.util.List;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The gemeente honoured a verzoek: {@code toewijzingen} were given or changed with ReferentieAanbieder
 * {@code referentieAanbieder} (TR379). One JW301 answers it; the client follows from any of the toewijzingen.
 */
public record VerzoekToegewezen(
        GemeenteCode gemeente, AgbCode aanbieder, String referentieAanbieder, List<Toewijzingnummer> toewijzingen) {

    public VerzoekToegewezen {
        toewijzingen = List.copyOf(toewijzingen);
    }
}
