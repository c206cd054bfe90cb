package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;

/** The aanbieder reported the end of a levering (JW307, status 1); {@code reden.isTijdelijk()} for reden 20. */
public record ZorgGestopt(
        GemeenteCode gemeente,
        Toewijzingnummer nummer,
        AgbCode aanbieder,
        LocalDate begindatum,
        LocalDate einddatum,
        RedenBeeindiging reden) {}
