package nl.jeugdregie.inkoop;

import java.time.LocalDate;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Periode;

/** A contract with an aanbieder for a perceel (lot) over a looptijd (inclusive, possibly open-ended). */
public record Contract(
        long id,
        String nummer,
        AgbCode agb,
        String aanbiedernaam,
        String perceel,
        Periode looptijd,
        String toelichting) {

    public boolean loopt(LocalDate dag) {
        return looptijd.bevat(dag);
    }
}
