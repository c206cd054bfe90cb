package nl.jeugdregie.inkoop;

import java.time.LocalDate;
import nl.jeugdregie.kern.Periode;

/** Periods and days in the Dutch notation of the messages and the contract history. */
final class Datumbereik {

    private Datumbereik() {}

    /** "1-1-2026 t/m 31-12-2026" or "vanaf 1-1-2026". */
    static String tekst(Periode periode) {
        return periode.isOpen()
                ? "vanaf " + datum(periode.begin())
                : datum(periode.begin()) + " t/m " + datum(periode.eind());
    }

    /** The period of a tariff: "vanaf 1-1-2026 tot het einde van het contract" for one without an end date. */
    static String tekst(Tarief tarief) {
        return tarief.totEindeContract()
                ? "vanaf " + datum(tarief.geldig().begin()) + " tot het einde van het contract"
                : tekst(tarief.geldig());
    }

    static String datum(LocalDate datum) {
        return datum.getDayOfMonth() + "-" + datum.getMonthValue() + "-" + datum.getYear();
    }
}
