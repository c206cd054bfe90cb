package nl.jeugdregie.toewijzing;

import java.util.Optional;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenAfwijzingVerzoek;
import nl.jeugdregie.kern.codelijst.VerzoekAntwoord;

/**
 * The content of a JW319 antwoordbericht: the ReferentieAanbieder of the verzoek, VerzoekAntwoord (1 afgewezen, 2 in
 * onderzoek), the RedenAfwijzingVerzoek when afgewezen, and the responsible gemeente when the reden is 8
 * (woonplaatsbeginsel).
 */
public record Antwoord(
        String referentieAanbieder,
        VerzoekAntwoord antwoord,
        RedenAfwijzingVerzoek redenAfwijzing,
        GemeenteCode woonplaatsgemeente) {

    public Optional<RedenAfwijzingVerzoek> reden() {
        return Optional.ofNullable(redenAfwijzing);
    }

    public Optional<GemeenteCode> woonplaatsbeginsel() {
        return Optional.ofNullable(woonplaatsgemeente);
    }
}
