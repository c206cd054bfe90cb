package nl.jeugdregie.jeugdige;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A jeugdige in the register: the BSN, the person data with their source, and the gemeenten responsible under the
 * woonplaatsbeginsel over time (the last one is today's).
 */
public record Jeugdige(UUID id, Bsn bsn, Persoonsregistratie registratie, List<Woonplaats> woonplaatsen) {

    public Jeugdige {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(registratie, "registratie");
        woonplaatsen = List.copyOf(woonplaatsen);
    }

    public Persoonsgegevens gegevens() {
        return registratie.gegevens();
    }

    /** The gemeente responsible now: the woonplaats without end; {@code null} when none is known. */
    public GemeenteCode gemeente() {
        return woonplaatsen.stream()
                .filter(w -> w.tot() == null)
                .map(Woonplaats::gemeente)
                .findFirst()
                .orElse(null);
    }
}
