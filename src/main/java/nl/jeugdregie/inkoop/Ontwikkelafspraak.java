package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What a strategic partner agreed under a contract for one ontwikkelopgave: an indicator with a
 * baseline (nulmeting) and a target (streefwaarde) by a date, and the progress reported since.
 */
public record Ontwikkelafspraak(
        long id,
        long contractId,
        Ontwikkelopgave opgave,
        String indicator,
        BigDecimal nulmeting,
        BigDecimal streefwaarde,
        String eenheid,
        LocalDate streefdatum,
        List<Voortgang> voortgang) {

    /** A reported value of the indicator on a peildatum. */
    public record Voortgang(
            LocalDate peildatum,
            BigDecimal waarde,
            String toelichting,
            String gerapporteerdDoor,
            OffsetDateTime gerapporteerdOp) {}

    public Ontwikkelafspraak {
        voortgang = List.copyOf(voortgang);
    }

    public Optional<Voortgang> laatste() {
        return voortgang.isEmpty() ? Optional.empty() : Optional.of(voortgang.get(voortgang.size() - 1));
    }

    /**
     * How far the latest value has come from the baseline to the target, in percent (0 to 100, one
     * decimal); empty without a baseline or a report. Works for targets below the baseline too.
     */
    public Optional<BigDecimal> voortgangProcent() {
        if (nulmeting == null || laatste().isEmpty() || streefwaarde.compareTo(nulmeting) == 0) {
            return Optional.empty();
        }
        BigDecimal procent = laatste()
                .get()
                .waarde()
                .subtract(nulmeting)
                .multiply(BigDecimal.valueOf(100))
                .divide(streefwaarde.subtract(nulmeting), 1, RoundingMode.HALF_UP);
        return Optional.of(
                procent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP));
    }
}
