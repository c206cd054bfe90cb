package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Notatie;

/**
 * The commitments of an aanbieder in a year against its budget ceiling.
 *
 * @param signaleringsgrens the percentage of the ceiling from which commitments are signalled
 */
public record Budgetstand(AgbCode agb, int jaar, Bedrag plafond, Bedrag verplicht, int signaleringsgrens) {

    /** How the commitments stand against the ceiling. */
    public enum Signaal {
        BINNEN_PLAFOND("Binnen plafond"),
        NADERT_PLAFOND("Nadert plafond"),
        OVERSCHREDEN("Overschreden");

        private final String omschrijving;

        Signaal(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public Bedrag resterend() {
        return plafond.min(verplicht);
    }

    /** Commitments as a percentage of the ceiling, one decimal. */
    public BigDecimal percentage() {
        if (plafond.isNul()) {
            return verplicht.isNul() ? BigDecimal.ZERO : BigDecimal.valueOf(100);
        }
        return BigDecimal.valueOf(verplicht.eurocent())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(plafond.eurocent()), 1, RoundingMode.HALF_UP);
    }

    public Signaal signaal() {
        if (verplicht.isGroterDan(plafond)) {
            return Signaal.OVERSCHREDEN;
        }
        if (percentage().compareTo(BigDecimal.valueOf(signaleringsgrens)) >= 0) {
            return Signaal.NADERT_PLAFOND;
        }
        return Signaal.BINNEN_PLAFOND;
    }

    public boolean vraagtAandacht() {
        return signaal() != Signaal.BINNEN_PLAFOND;
    }

    /** The Dutch message for pages and API. */
    public String melding() {
        String stand = verplicht.format() + " van " + plafond.format() + " (" + Notatie.percentage(percentage())
                + ") van het budgetplafond " + jaar + " is verplicht";
        return switch (signaal()) {
            case OVERSCHREDEN ->
                "Budgetplafond overschreden: " + stand + ", "
                        + resterend().absoluut().format() + " te veel.";
            case NADERT_PLAFOND ->
                "Budgetplafond nadert: " + stand + ", nog " + resterend().format() + " beschikbaar (signaleringsgrens "
                        + Notatie.percentage(signaleringsgrens) + ").";
            case BINNEN_PLAFOND ->
                "Binnen het budgetplafond: " + stand + ", nog " + resterend().format() + " beschikbaar.";
        };
    }
}
