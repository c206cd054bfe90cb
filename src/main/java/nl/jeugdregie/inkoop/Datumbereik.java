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

    static String datum(LocalDate datum) {
        return datum.getDayOfMonth() + "-" + datum.getMonthValue() + "-" + datum.getYear();
    }
}
