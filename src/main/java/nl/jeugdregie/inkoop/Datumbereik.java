package nl.jeugdregie.inkoop;

import java.time.LocalDate;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.Periode;

/** Periods and days in the Dutch notation of the messages and the contract history. */
final class Datumbereik {

    private Datumbereik() {}

    /** Dutch notation for messages: "01-01-2026 t/m 31-12-2026" or "vanaf 01-01-2026" ({@link Notatie}). */
    static String tekst(Periode periode) {
        return Notatie.periode(periode);
    }

    /** The period of a tariff: "vanaf 01-01-2026 tot het einde van het contract" for one without an end date. */
    static String tekst(Tarief tarief) {
        return tarief.totEindeContract()
                ? "vanaf " + datum(tarief.geldig().begin()) + " tot het einde van het contract"
                : tekst(tarief.geldig());
    }

    static String datum(LocalDate datum) {
        return Notatie.datum(datum);
    }
}
