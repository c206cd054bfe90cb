package nl.jeugdregie.toewijzing;

import java.util.Objects;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;

/** A toewijzing the gemeente gives on its own initiative (not in answer to a verzoek). */
public record NieuweToewijzing(
        GemeenteCode gemeente,
        Bsn client,
        AgbCode aanbieder,
        Productaanduiding product,
        Periode periode,
        Omvang omvang,
        Bedrag budget,
        String commentaar) {

    public NieuweToewijzing {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(aanbieder, "aanbieder");
        Objects.requireNonNull(periode, "periode");
        product = product == null ? Productaanduiding.generiek() : product;
    }
}
