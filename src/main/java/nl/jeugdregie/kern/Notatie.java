package nl.jeugdregie.kern;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import nl.jeugdregie.kern.codelijst.Code;

/**
 * How the platform writes dates, moments, periods, amounts and numbers for people: in Dutch notation and Dutch time.
 * Every page, flash message and Dutch explanation uses these forms, and only these:
 *
 * <table>
 *   <caption>The forms</caption>
 *   <tr><th>What</th><th>Form</th><th>Example</th></tr>
 *   <tr><td>date, in tables and in running text alike</td><td>{@code dd-MM-yyyy}</td><td>03-12-2026</td></tr>
 *   <tr><td>moment (tijdstip)</td><td>{@code dd-MM-yyyy HH:mm}, Europe/Amsterdam</td><td>03-12-2026 17:51</td></tr>
 *   <tr><td>moment to the second (toegangslog)</td><td>{@code dd-MM-yyyy HH:mm:ss}</td><td>03-12-2026 17:51:09</td></tr>
 *   <tr><td>period, end inclusive</td><td>begin t/m eind, or vanaf begin</td><td>01-03-2026 t/m 31-12-2026</td></tr>
 *   <tr><td>amount</td><td>euro sign, thousands dots, decimal comma</td><td>€ 1.234,56 and € -12,50</td></tr>
 *   <tr><td>number</td><td>thousands dots, decimal comma, no trailing zeros</td><td>1.234 and 9,5</td></tr>
 *   <tr><td>percentage</td><td>one decimal, a space before the sign</td><td>52,0 %</td></tr>
 *   <tr><td>a code with its meaning</td><td>name (code), without a closing full stop</td><td>Enschede (0153),
 *       Verhuizing naar een andere gemeente (07)</td></tr>
 * </table>
 *
 * <p>A moment is always shown in Europe/Amsterdam, whatever the zone of the JVM or the database: an {@link Instant},
 * {@link OffsetDateTime} or {@link ZonedDateTime} is converted; a {@link LocalDateTime} is taken to be Dutch time
 * already, as the platform's clock runs in Dutch time. Values people type stay in their machine form: a date field
 * ({@code input type=date}) and the API use ISO 8601.
 *
 * <p>{@code null} gives the empty string, so a page shows nothing for an absent value; a period without an end is
 * written "vanaf ...". Plain Java without Spring, so every module may use it; templates reach it as {@code #notatie}.
 */
public final class Notatie {

    /** The one time zone of the platform: its clock, its deadlines, every moment a person reads. */
    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter TIJDSTIP_MET_SECONDEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    /** The one instance, for templates: their expression language calls these static methods on an object. */
    public static final Notatie VOOR_SJABLONEN = new Notatie();

    private Notatie() {}

    /** {@code 03-12-2026}. */
    public static String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    /** {@code 03-12-2026 17:51}, in Dutch time. */
    public static String tijdstip(Instant tijdstip) {
        return tijdstip == null ? "" : TIJDSTIP.format(tijdstip.atZone(NEDERLAND));
    }

    /** {@code 03-12-2026 17:51}, converted to Dutch time. */
    public static String tijdstip(OffsetDateTime tijdstip) {
        return tijdstip == null ? "" : tijdstip(tijdstip.toInstant());
    }

    /** {@code 03-12-2026 17:51}, converted to Dutch time. */
    public static String tijdstip(ZonedDateTime tijdstip) {
        return tijdstip == null ? "" : tijdstip(tijdstip.toInstant());
    }

    /** {@code 03-12-2026 17:51}; a local date-time of the platform is Dutch time already. */
    public static String tijdstip(LocalDateTime tijdstip) {
        return tijdstip == null ? "" : TIJDSTIP.format(tijdstip);
    }

    /** {@code 03-12-2026 17:51:09}, in Dutch time, for a log where the order within a minute matters. */
    public static String tijdstipMetSeconden(Instant tijdstip) {
        return tijdstip == null ? "" : TIJDSTIP_MET_SECONDEN.format(tijdstip.atZone(NEDERLAND));
    }

    /** {@code 01-03-2026 t/m 31-12-2026}, or {@code vanaf 01-03-2026} when the period has no end. */
    public static String periode(Periode periode) {
        return periode == null ? "" : periode(periode.begin(), periode.eind());
    }

    /** As {@link #periode(Periode)}, for a begin and an inclusive end that may be absent. */
    public static String periode(LocalDate begin, LocalDate eind) {
        if (begin == null) {
            return eind == null ? "" : "t/m " + datum(eind);
        }
        return eind == null ? "vanaf " + datum(begin) : datum(begin) + " t/m " + datum(eind);
    }

    /** {@code februari 2026}. */
    public static String maand(YearMonth maand) {
        return maand == null ? "" : maand.getMonth().getDisplayName(TextStyle.FULL, NEDERLANDS) + " " + maand.getYear();
    }

    /** {@code € 1.234,56}; a credit {@code € -12,50}. */
    public static String bedrag(Bedrag bedrag) {
        return bedrag == null ? "" : bedrag.format();
    }

    /** {@code 1.234}. */
    public static String getal(long getal) {
        return formaat("#,##0").format(getal);
    }

    /** {@code 1.234,5}: as many decimals as the number has, without trailing zeros. */
    public static String getal(BigDecimal getal) {
        if (getal == null) {
            return "";
        }
        BigDecimal zonderNullen = getal.stripTrailingZeros();
        DecimalFormat formaat = formaat("#,##0");
        formaat.setMinimumFractionDigits(Math.max(0, zonderNullen.scale()));
        formaat.setMaximumFractionDigits(Math.max(0, zonderNullen.scale()));
        return formaat.format(zonderNullen);
    }

    /** Any number: whole numbers as {@link #getal(long)}, others as {@link #getal(BigDecimal)}. */
    public static String getal(Number getal) {
        if (getal == null) {
            return "";
        }
        if (getal instanceof Long || getal instanceof Integer || getal instanceof Short || getal instanceof Byte) {
            return getal(getal.longValue());
        }
        return getal(decimaal(getal));
    }

    /** {@code 52,0 %}: a percentage (not a fraction) with one decimal, rounded half up. */
    public static String percentage(Number procent) {
        if (procent == null) {
            return "";
        }
        DecimalFormat formaat = formaat("#,##0.0");
        return formaat.format(decimaal(procent).setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    /**
     * A measured value with its unit, as an indicator has: {@code 12 dagen}, {@code 1.250 jeugdigen}; with unit
     * {@code %} a {@link #percentage}: {@code 52,0 %}.
     */
    public static String metEenheid(Number waarde, String eenheid) {
        if (waarde == null) {
            return "";
        }
        if (eenheid == null || eenheid.isBlank()) {
            return getal(waarde);
        }
        return eenheid.strip().equals("%") ? percentage(waarde) : getal(waarde) + " " + eenheid.strip();
    }

    /** A fraction ({@code 0.52}) as a percentage: {@code 52,0 %}. */
    public static String aandeel(Number fractie) {
        return fractie == null ? "" : percentage(decimaal(fractie).movePointRight(2));
    }

    /**
     * A name with its code: {@code Enschede (0153)}, {@code Verhuizing naar een andere gemeente (07)}. A full stop that closes an official
     * description is left out; without a name, just the code.
     */
    public static String metCode(String naam, String code) {
        if (code == null || code.isBlank()) {
            return naam == null ? "" : naam;
        }
        if (naam == null || naam.isBlank()) {
            return code;
        }
        String schoon = naam.strip();
        if (schoon.endsWith(".")) {
            schoon = schoon.substring(0, schoon.length() - 1).strip();
        }
        return schoon + " (" + code + ")";
    }

    /** A code list entry with its meaning: {@code Verhuizing naar een andere gemeente (07)}. */
    public static String code(Code code) {
        return code == null ? "" : metCode(code.omschrijving(), code.code());
    }

    private static BigDecimal decimaal(Number getal) {
        return getal instanceof BigDecimal b ? b : new BigDecimal(getal.toString());
    }

    private static DecimalFormat formaat(String patroon) {
        DecimalFormatSymbols symbolen = new DecimalFormatSymbols();
        symbolen.setDecimalSeparator(',');
        symbolen.setGroupingSeparator('.');
        symbolen.setMinusSign('-');
        DecimalFormat formaat = new DecimalFormat(patroon, symbolen);
        formaat.setRoundingMode(RoundingMode.HALF_UP);
        return formaat;
    }
}
