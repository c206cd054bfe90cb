package nl.jeugdregie.financien;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;

/** The begroting of a gemeente for a year: every version, the latest last. Empty when none was entered. */
public record Begroting(GemeenteCode gemeente, int jaar, List<Begrotingsversie> versies) {

    public Begroting {
        versies = List.copyOf(versies);
    }

    public Optional<Begrotingsversie> actueel() {
        return versies.isEmpty() ? Optional.empty() : Optional.of(versies.get(versies.size() - 1));
    }

    /** The current amount budgeted for a jeugdzorgvorm, over all taakvelden. */
    public Bedrag voor(Jeugdzorgvorm jeugdzorgvorm) {
        return Bedrag.som(actueel().map(Begrotingsversie::regels).orElse(List.of()).stream()
                .filter(r -> r.jeugdzorgvorm() == jeugdzorgvorm)
                .map(Begrotingsregel::bedrag)
                .toList());
    }
}
