package nl.jeugdregie.financien;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A received declaratie as the financial administration pays it: what was declared, what was approved and rejected,
 * the amount to pay (the sum of the approved prestaties, credit lines subtracted), its payment once marked, and its
 * prestaties with their beoordeling.
 *
 * @param ontvangen when the declaratie was received and checked
 * @param betaling empty while not paid
 */
public record Betaaldeclaratie(
        long id,
        GemeenteCode gemeente,
        AgbCode aanbieder,
        String declaratienummer,
        LocalDate periodeBegin,
        LocalDate periodeEind,
        LocalDate dagtekening,
        Instant ontvangen,
        Bedrag ingediend,
        int aantalGoedgekeurd,
        int aantalAfgewezen,
        Bedrag goedgekeurd,
        Bedrag afgewezen,
        Betaling betaling,
        List<Betaalprestatie> prestaties) {

    public Betaaldeclaratie {
        prestaties = List.copyOf(prestaties);
    }

    /** The amount to pay: the approved prestaties, credit lines subtracted. */
    public Bedrag teBetalen() {
        return goedgekeurd;
    }

    public Betaalstatus status() {
        if (betaling != null) {
            return Betaalstatus.BETAALD;
        }
        return aantalGoedgekeurd > 0 ? Betaalstatus.TE_BETALEN : Betaalstatus.NIETS_GOEDGEKEURD;
    }

    /** The reference the export proposes for the payment: the aanbieder's AGB code and its declaratienummer. */
    public String voorgesteldBetaalkenmerk() {
        return aanbieder.value() + "-" + declaratienummer;
    }

    public Betaaldeclaratie metPrestaties(List<Betaalprestatie> prestaties) {
        return new Betaaldeclaratie(
                id,
                gemeente,
                aanbieder,
                declaratienummer,
                periodeBegin,
                periodeEind,
                dagtekening,
                ontvangen,
                ingediend,
                aantalGoedgekeurd,
                aantalAfgewezen,
                goedgekeurd,
                afgewezen,
                betaling,
                prestaties);
    }
}
