package nl.jeugdregie.toewijzing;

import java.util.List;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The gemeente recorded or changed a client's gegevens; {@code toewijzingen} are that client's toewijzingen, so a JW301
 * that waited for these gegevens can now be sent. Like every event, it carries no BSN.
 */
public record ClientgegevensVastgelegd(GemeenteCode gemeente, List<Toewijzingnummer> toewijzingen) {

    public ClientgegevensVastgelegd {
        toewijzingen = List.copyOf(toewijzingen);
    }
}
