package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import java.util.Objects;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.StatusAanlevering;

/**
 * One StartProduct of a JW305 from {@code aanbieder} to {@code gemeente}: the levering of toewijzing {@code nummer}
 * began on {@code begindatum}. Its logical key is client, toewijzingnummer, product and begindatum; StatusAanlevering 3
 * deletes the start with that key (IV008).
 */
public record Startmelding(
        GemeenteCode gemeente,
        AgbCode aanbieder,
        Bsn client,
        Toewijzingnummer nummer,
        Productaanduiding product,
        LocalDate toewijzingIngangsdatum,
        LocalDate begindatum,
        StatusAanlevering status) {

    public Startmelding {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(aanbieder, "aanbieder");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(begindatum, "begindatum");
        Objects.requireNonNull(status, "status");
        product = product == null ? Productaanduiding.generiek() : product;
    }

    /** The start of care on {@code begindatum} on the current version of a toewijzing, as its aanbieder reports it. */
    public static Startmelding van(ToegewezenProduct t, LocalDate begindatum, StatusAanlevering status) {
        return new Startmelding(
                t.gemeente(),
                t.aanbieder(),
                t.client(),
                t.nummer(),
                t.product(),
                t.periode().begin(),
                begindatum,
                status);
    }
}
