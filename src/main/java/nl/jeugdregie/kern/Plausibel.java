package nl.jeugdregie.kern;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The ranges within which values of this domain can be true. A value outside them is a typing error or an attack,
 * and once stored it breaks later steps (a message that cannot be written, a period that overflows), so every entry
 * point refuses it with the reason.
 *
 * <ul>
 *   <li>Dates of the jeugdhulp administration (contracts, tariffs, toewijzingen, budgets, lidmaatschappen) lie
 *       between 1 January 2015, when the Jeugdwet took effect, and 31 December 2100.
 *   <li>A birth date lies between 1 January 1900 (the iJw standard's "onbekend", DatumGebruik 3) and 2100.
 *   <li>A web address is an absolute http or https address, so that a link never runs script.
 * </ul>
 */
public final class Plausibel {

    /** The first day of the Jeugdwet. */
    public static final LocalDate EERSTE_DAG = LocalDate.of(2015, 1, 1);

    /** The last day any plan of this domain reaches. */
    public static final LocalDate LAATSTE_DAG = LocalDate.of(2100, 12, 31);

    /** The earliest birth date: the iJw standard writes an unknown birth date as 1 January 1900. */
    public static final LocalDate EERSTE_GEBOORTEDATUM = LocalDate.of(1900, 1, 1);

    private static final int MAXIMALE_ADRESLENGTE = 2_000;

    private Plausibel() {}

    /** {@code datum} when it lies in 2015..2100, else {@link OngeldigeWaarde} naming {@code veld}. */
    public static LocalDate beleidsdatum(String veld, LocalDate datum) {
        if (datum != null && (datum.isBefore(EERSTE_DAG) || datum.isAfter(LAATSTE_DAG))) {
            throw new OngeldigeWaarde(veld + " " + Notatie.datum(datum) + " is niet mogelijk: een datum ligt tussen "
                    + Notatie.datum(EERSTE_DAG) + " (invoering Jeugdwet) en " + Notatie.datum(LAATSTE_DAG) + ".");
        }
        return datum;
    }

    /** Both ends of {@code periode} as {@link #beleidsdatum}. */
    public static Periode beleidsperiode(String veld, Periode periode) {
        if (periode != null) {
            beleidsdatum(veld + ": de begindatum", periode.begin());
            beleidsdatum(veld + ": de einddatum", periode.eind());
        }
        return periode;
    }

    /** {@code datum} when it lies in 1900..2100, else {@link OngeldigeWaarde}. */
    public static LocalDate geboortedatum(LocalDate datum) {
        if (datum != null && (datum.isBefore(EERSTE_GEBOORTEDATUM) || datum.isAfter(LAATSTE_DAG))) {
            throw new OngeldigeWaarde("Geboortedatum " + Notatie.datum(datum) + " is niet mogelijk; vul een datum"
                    + " vanaf " + Notatie.datum(EERSTE_GEBOORTEDATUM) + " in.");
        }
        return datum;
    }

    /** True for an absolute http or https address with a host; empty counts as no address and is true. */
    public static boolean isWebadres(String adres) {
        if (adres == null || adres.isBlank()) {
            return true;
        }
        if (adres.length() > MAXIMALE_ADRESLENGTE || Tekst.heeftStuurteken(adres)) {
            return false;
        }
        try {
            URI uri = new URI(adres.strip());
            String schema = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (schema.equals("http") || schema.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code adres} when it is a web address per {@link #isWebadres}, else {@link OngeldigeWaarde}. */
    public static String webadres(String veld, String adres) {
        if (!isWebadres(adres)) {
            throw new OngeldigeWaarde(veld + " moet een volledig webadres zijn dat begint met https:// of http://.");
        }
        return adres;
    }
}
