package nl.jeugdregie.portaal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.toewijzing.Toewijzingnummer;

/**
 * The end of the levering that began on {@code begindatum}: on {@code einddatum} for {@code reden}, with the outcome
 * measured at the end. A correction replaces the stop already reported for that levering; a withdrawal deletes it
 * (then einddatum, reden and metingen are not used).
 */
public record Stopopdracht(
        GemeenteCode gemeente,
        Toewijzingnummer nummer,
        LocalDate begindatum,
        LocalDate einddatum,
        RedenBeeindiging reden,
        Leveringswijze wijze,
        List<Uitkomstmeting> metingen) {

    public Stopopdracht {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(nummer, "nummer");
        wijze = wijze == null ? Leveringswijze.MELDEN : wijze;
        metingen = metingen == null ? List.of() : List.copyOf(metingen);
    }
}
