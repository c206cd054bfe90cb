package nl.jeugdregie.portaal;

import java.util.List;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens;
import nl.jeugdregie.toewijzing.Aanvraagstand;

/**
 * One verzoek of the aanbieder with every answer the gemeente gave: its aanvraag (status, deadline, the reden of a
 * rejection in the JW319, the toewijzingen of the JW301), and, for a verzoek sent from the portal, the message and its
 * JW316.
 *
 * @param jeugdige the name as the gemeente knows it, or a placeholder
 * @param bericht the JW315 or JW317 the portal sent, when sent from the portal
 * @param retour its JW316, once there
 */
public record Verzoekoverzicht(
        Aanvraagstand aanvraag, String jeugdige, Berichtgegevens bericht, Berichtgegevens retour) {

    public List<Berichtgegevens.Bevindingregel> retourbevindingen() {
        return retour == null ? List.of() : retour.bevindingen();
    }
}
