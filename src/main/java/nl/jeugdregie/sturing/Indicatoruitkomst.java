package nl.jeugdregie.sturing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An indicator for a selection: the cells of the gemeente and of its region (same breakdown), the national reference
 * figure where one exists, the CBS figure of the gemeente itself where one exists, and how fresh the read models are.
 */
public record Indicatoruitkomst(
        Indicator indicator,
        Selectie selectie,
        String regio,
        List<Cel> gemeente,
        List<Cel> regiocellen,
        Optional<Referentiecijfer> nederland,
        Optional<Referentiecijfer> cbsGemeente,
        Instant bijgewerktOp) {

    /** The cell of the gemeente for a group, if present. */
    public Optional<Cel> gemeentecel(String groep) {
        return gemeente.stream().filter(c -> c.groep().equals(groep)).findFirst();
    }

    public Optional<Cel> regiocel(String groep) {
        return regiocellen.stream().filter(c -> c.groep().equals(groep)).findFirst();
    }
}
