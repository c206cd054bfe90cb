package nl.jeugdregie.inkoop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.Periode;

/**
 * Between {@link Periode} (inclusive end) and PostgreSQL's {@code daterange} (exclusive upper bound):
 * write with {@link #SQL}, read {@code lower(x) as <naam>_begin, upper(x) - 1 as <naam>_eind}.
 */
final class Datumbereik {

    /** The daterange of the parameters {@code :begin} and {@code :eind} (inclusive, may be null). */
    static final String SQL = "daterange(cast(:begin as date), cast(:eind as date) + 1)";

    private Datumbereik() {}

    static Periode lees(ResultSet rs, String naam) throws SQLException {
        return new Periode(
                rs.getObject(naam + "_begin", LocalDate.class), rs.getObject(naam + "_eind", LocalDate.class));
    }

    static String kolommen(String kolom, String naam) {
        return "lower(" + kolom + ") as " + naam + "_begin, upper(" + kolom + ") - 1 as " + naam + "_eind";
    }

    /** Dutch notation for messages: "01-01-2026 t/m 31-12-2026" or "vanaf 01-01-2026" ({@link Notatie}). */
    static String tekst(Periode periode) {
        return Notatie.periode(periode);
    }

    static String datum(LocalDate datum) {
        return Notatie.datum(datum);
    }
}
