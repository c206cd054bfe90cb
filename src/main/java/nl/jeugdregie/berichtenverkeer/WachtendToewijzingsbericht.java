package nl.jeugdregie.berichtenverkeer;

import java.time.Instant;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.toewijzing.Toewijzingnummer;

/** A toewijzing whose JW301 waits for the client's gegevens: since when, and what is missing. */
public record WachtendToewijzingsbericht(
        GemeenteCode gemeente, Toewijzingnummer toewijzing, AgbCode aanbieder, Instant sinds, String ontbreekt) {}
