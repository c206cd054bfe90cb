package nl.jeugdregie.portaal.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The stop form on a toewijzing: the levering (its begindatum), the einddatum and reden, and one outcome measurement
 * (left out when no informant is chosen). {@code sleutel} is the token of the form as it was shown.
 */
record StopFormulier(
        String sleutel,
        String wijze,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate begindatum,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate einddatum,
        String reden,
        String informant,
        String verderZonderHulp,
        Integer tevredenheid,
        String doelen) {

    static StopFormulier nieuw(LocalDate begindatum) {
        return new StopFormulier(UUID.randomUUID().toString(), "MELDEN", begindatum, null, null, "", null, null, null);
    }
}
