package nl.jeugdregie.toewijzing;

import java.util.Objects;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.Verwijzer;

/**
 * One AangevraagdProduct of a JW315: its own ReferentieAanbieder (unique per aanbieder, TR347), the product, the wished
 * period (ToewijzingIngangsdatum and -Einddatum), omvang or budget, and who referred the client.
 */
public record AangevraagdProduct(
        String referentieAanbieder,
        Productaanduiding product,
        Periode periode,
        Omvang omvang,
        Bedrag budget,
        Verwijzer verwijzer,
        String commentaar) {

    public AangevraagdProduct {
        if (referentieAanbieder == null || referentieAanbieder.isBlank() || referentieAanbieder.length() > 36) {
            throw new IllegalArgumentException("ReferentieAanbieder is 1 tot 36 tekens");
        }
        Objects.requireNonNull(periode, "periode");
        product = product == null ? Productaanduiding.generiek() : product;
    }
}
