package nl.jeugdregie.portaal.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The start form on a toewijzing: report a start, correct one (from {@code vorigeBegindatum} to {@code begindatum}) or
 * withdraw one. {@code sleutel} is the token of the form as it was shown, so a double click sends one message.
 */
record StartFormulier(
        String sleutel,
        String wijze,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate begindatum,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vorigeBegindatum) {

    static StartFormulier nieuw() {
        return new StartFormulier(UUID.randomUUID().toString(), "MELDEN", null, null);
    }
}
