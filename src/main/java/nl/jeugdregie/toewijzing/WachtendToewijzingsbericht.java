package nl.jeugdregie.toewijzing;

import java.time.Instant;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A toewijzing whose JW301 waits for the client's gegevens: since when, and what the client register still lacks
 * ("het BRP-adres").
 */
public record WachtendToewijzingsbericht(
        GemeenteCode gemeente, Toewijzingnummer toewijzing, AgbCode aanbieder, Instant sinds, String ontbreekt) {}
