package nl.jeugdregie.toegang;

import java.time.LocalDate;
import java.util.List;

/**
 * The advice on a hulpvraag: the lightest fitting step, why, and for that step and the next heavier one the fitting
 * products with the aanbieders contracted for them now and their waiting time from the register.
 *
 * @param bindend the hulpvraag carries a maatregel: help must be arranged, this advice is about how
 */
public record Advies(Trede trede, List<String> redenen, String principe, boolean bindend, List<Optie> opties) {

    public Advies {
        redenen = List.copyOf(redenen);
        opties = List.copyOf(opties);
    }

    /** One step with what the region offers for it. */
    public record Optie(Trede trede, List<Aanbod> aanbod) {
        public Optie {
            aanbod = List.copyOf(aanbod);
        }
    }

    /**
     * A contracted product of an aanbieder, with the waiting time the aanbieder reported (or {@code null} when the
     * register has none).
     *
     * @param wekenTotStart weeks until care can start as reported
     * @param bevestigdOp the day the aanbieder last confirmed the waiting time
     */
    public record Aanbod(
            String productcode,
            String productnaam,
            String aanbiederAgb,
            String aanbiedernaam,
            java.math.BigDecimal wekenTotStart,
            LocalDate bevestigdOp,
            boolean aanmeldstop) {}
}
