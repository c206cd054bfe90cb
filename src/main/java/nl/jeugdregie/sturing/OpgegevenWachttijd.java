package nl.jeugdregie.sturing;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting time as the aanbieders state it in the wachttijdenregister, to put beside the real waiting time (from the
 * toewijzing to the start of care) per aanbieder or product: where the two differ, the register is not what jeugdigen
 * meet.
 */
@Service
public class OpgegevenWachttijd {

    /** The indicator the stated waiting time belongs beside. */
    public static final String INDICATOR = "wachttijd";

    private final OpgegevenWachttijdRepository opslag;

    OpgegevenWachttijd(OpgegevenWachttijdRepository opslag) {
        this.opslag = opslag;
    }

    /** The stated days until the start of care, and the oldest confirmation they rest on. */
    public record Opgave(int dagen, LocalDate bevestigdOp) {}

    /**
     * Per group of {@code uitsplitsing} (aanbieder: AGB code, product: productcode) the stated waiting time; empty for
     * any other breakdown, which the register does not know.
     */
    @Transactional(readOnly = true)
    public Map<String, Opgave> per(Uitsplitsing uitsplitsing) {
        if (uitsplitsing != Uitsplitsing.AANBIEDER && uitsplitsing != Uitsplitsing.PRODUCT) {
            return Map.of();
        }
        return opslag.per(uitsplitsing.code());
    }
}
