package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import java.util.Objects;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import nl.jeugdregie.kern.codelijst.StatusAanlevering;

/**
 * One StopProduct of a JW307: the levering that started on {@code begindatum} ended on {@code einddatum}, for a while
 * (reden 20) or for good. It carries the key of its start unchanged (TR382); StatusAanlevering 3 deletes the stop with
 * the same begindatum, einddatum and reden.
 */
public record Stopmelding(
        GemeenteCode gemeente,
        AgbCode aanbieder,
        Bsn client,
        Toewijzingnummer nummer,
        Productaanduiding product,
        LocalDate toewijzingIngangsdatum,
        LocalDate begindatum,
        LocalDate einddatum,
        RedenBeeindiging reden,
        StatusAanlevering status) {

    public Stopmelding {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(aanbieder, "aanbieder");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(begindatum, "begindatum");
        Objects.requireNonNull(einddatum, "einddatum");
        Objects.requireNonNull(reden, "reden");
        Objects.requireNonNull(status, "status");
        product = product == null ? Productaanduiding.generiek() : product;
    }
}
