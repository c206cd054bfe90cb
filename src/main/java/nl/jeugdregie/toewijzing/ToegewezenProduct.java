package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.RedenWijziging;

/**
 * The current state of one toewijzing as the JW301 ToegewezenProduct carries it, for other modules: the JW301 of
 * {@code berichtenverkeer}, the checks of {@code declaratie}. {@code omvang} and {@code budget} are each absent
 * when the toewijzingsvariant has none; {@code redenWijziging} is absent on an initial toekenning (IV066).
 */
public record ToegewezenProduct(
        Toewijzingnummer nummer,
        GemeenteCode gemeente,
        Bsn client,
        AgbCode aanbieder,
        Productaanduiding product,
        Periode periode,
        Omvang omvang,
        Bedrag budget,
        LocalDateTime toewijzingsmoment,
        RedenWijziging redenWijziging,
        String referentieAanbieder,
        String commentaar,
        int versie) {

    public Optional<Omvang> omvangIndienGevuld() {
        return Optional.ofNullable(omvang);
    }

    public Optional<Bedrag> budgetIndienGevuld() {
        return Optional.ofNullable(budget);
    }

    public Optional<RedenWijziging> reden() {
        return Optional.ofNullable(redenWijziging);
    }

    /**
     * Removed (reden 13) or lapsed by administrative correction (reden 01) with einddatum equal to ingangsdatum: to
     * be treated as never sent, and not an actuele toewijzing (OP259, TR349).
     */
    public boolean isVervallen() {
        return (redenWijziging == RedenWijziging.VERWIJDERD
                        || redenWijziging == RedenWijziging.ADMINISTRATIEVE_CORRECTIE_VERVALLEN)
                && periode.begin().equals(periode.eind());
    }

    /** Valid on or after {@code dag}, or starting later (TR349's "actueel"), and not vervallen. */
    public boolean isActueelOp(LocalDate dag) {
        return !isVervallen() && !periode.isVoorbijOp(dag);
    }

    /** Where this toewijzing stands on {@code dag}: vervallen, or its period around that day. */
    public Toewijzingsstatus statusOp(LocalDate dag) {
        if (isVervallen()) {
            return Toewijzingsstatus.VERVALLEN;
        }
        if (periode.begin().isAfter(dag)) {
            return Toewijzingsstatus.TOEKOMSTIG;
        }
        return periode.bevat(dag) ? Toewijzingsstatus.ACTUEEL : Toewijzingsstatus.BEEINDIGD;
    }

    /** Valid on exactly that day and not vervallen, as a declaratie check needs. */
    public boolean isGeldigOp(LocalDate dag) {
        return !isVervallen() && periode.bevat(dag);
    }
}
