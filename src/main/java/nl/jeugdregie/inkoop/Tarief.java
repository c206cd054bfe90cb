package nl.jeugdregie.inkoop;

import java.time.LocalDate;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Periode;

/**
 * The price per eenheid of a contracted product over a period (inclusive).
 *
 * @param geldig the period the tariff applies: for a tariff without an end date of its own, up to and including the
 *     contract's last day (open-ended when the contract is)
 * @param totEindeContract whether the tariff was entered without an end date: it then runs until the contract ends
 *     and follows every change of the contract's looptijd
 */
public record Tarief(long id, Bedrag bedrag, Periode geldig, boolean totEindeContract) {

    /** A tariff as entered ({@code ingevoerd} without an end: until the contract ends) under this contract. */
    static Tarief onder(Contract contract, long id, Bedrag bedrag, Periode ingevoerd) {
        return ingevoerd.isOpen()
                ? new Tarief(id, bedrag, ingevoerd.withEind(contract.looptijd().eind()), true)
                : new Tarief(id, bedrag, ingevoerd, false);
    }

    /** The end date as entered: empty (null) for a tariff that runs until the contract ends. */
    public LocalDate einddatum() {
        return totEindeContract ? null : geldig.eind();
    }
}
