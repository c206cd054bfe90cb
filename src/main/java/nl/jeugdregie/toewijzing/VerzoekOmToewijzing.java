package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A JW315 verzoek om toewijzing as the domain sees it: {@code aanbieder} asks {@code gemeente} to assign each
 * aangevraagd product for {@code client}. {@code dagtekening} is the message's date, {@code ontvangen} the day it
 * arrived (the 5 working days of OP274 count from there).
 */
public record VerzoekOmToewijzing(
        GemeenteCode gemeente,
        AgbCode aanbieder,
        Bsn client,
        LocalDate dagtekening,
        LocalDate ontvangen,
        String commentaar,
        List<AangevraagdProduct> producten) {

    public VerzoekOmToewijzing {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(aanbieder, "aanbieder");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(dagtekening, "dagtekening");
        Objects.requireNonNull(ontvangen, "ontvangen");
        if (producten == null || producten.isEmpty()) {
            throw new IllegalArgumentException("Een verzoek om toewijzing vraagt minstens één product aan");
        }
        producten = List.copyOf(producten);
    }
}
