package nl.jeugdregie.portaal.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a verzoek om wijziging (JW317) on a toewijzing: the reden, from when, and what changes (omvang, budget or
 * einddatum). {@code sleutel} is the token of the form as it was shown.
 */
record WijzigingFormulier(
        String sleutel,
        String reden,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate gewensteIngangsdatum,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate einddatum,
        String volume,
        String eenheid,
        String frequentie,
        String budget) {

    static WijzigingFormulier nieuw() {
        return new WijzigingFormulier(UUID.randomUUID().toString(), "", null, null, "", "04", "2", "");
    }
}
