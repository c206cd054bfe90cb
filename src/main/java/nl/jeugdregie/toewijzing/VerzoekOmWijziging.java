package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenVerzoek;

/**
 * A JW317 verzoek om wijziging: the complete wished situation of the client at this aanbieder. Every actuele
 * toewijzing appears as ongewijzigd or te wijzigen (TR349); new products are added. The gemeente answers the whole
 * verzoek at once (OP344).
 */
public record VerzoekOmWijziging(
        GemeenteCode gemeente,
        AgbCode aanbieder,
        Bsn client,
        LocalDate dagtekening,
        LocalDate ontvangen,
        String referentieAanbieder,
        RedenVerzoek reden,
        List<Toewijzingnummer> ongewijzigd,
        List<TeWijzigenProduct> teWijzigen,
        List<NieuwProduct> nieuw) {

    /** A TeWijzigenProduct: the new einddatum, omvang or budget of toewijzing {@code nummer}. */
    public record TeWijzigenProduct(
            Toewijzingnummer nummer,
            LocalDate gewensteIngangsdatum,
            LocalDate einddatum,
            Omvang omvang,
            Bedrag budget) {
        public TeWijzigenProduct {
            Objects.requireNonNull(nummer, "toewijzingnummer");
            Objects.requireNonNull(gewensteIngangsdatum, "gewensteIngangsdatum");
        }
    }

    /** A NieuwProduct: a product the client does not have yet. */
    public record NieuwProduct(
            Productaanduiding product,
            LocalDate gewensteIngangsdatum,
            LocalDate einddatum,
            Omvang omvang,
            Bedrag budget) {
        public NieuwProduct {
            Objects.requireNonNull(gewensteIngangsdatum, "gewensteIngangsdatum");
            product = product == null ? Productaanduiding.generiek() : product;
        }
    }

    public VerzoekOmWijziging {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(aanbieder, "aanbieder");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(dagtekening, "dagtekening");
        Objects.requireNonNull(ontvangen, "ontvangen");
        Objects.requireNonNull(reden, "reden");
        if (referentieAanbieder == null || referentieAanbieder.isBlank() || referentieAanbieder.length() > 36) {
            throw new IllegalArgumentException("ReferentieAanbieder is 1 tot 36 tekens");
        }
        ongewijzigd = ongewijzigd == null ? List.of() : List.copyOf(ongewijzigd);
        teWijzigen = teWijzigen == null ? List.of() : List.copyOf(teWijzigen);
        nieuw = nieuw == null ? List.of() : List.copyOf(nieuw);
    }
}
