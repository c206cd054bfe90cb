package nl.jeugdregie.kern;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in whole euro cents, never a floating point number. It may be negative (a credit). The iJw
 * messages carry amounts in cents as well (LDT_Bedrag), so {@link #eurocent()} is what they read and write.
 *
 * <p>Arithmetic overflows throw {@link ArithmeticException} instead of wrapping silently.
 */
public record Bedrag(long eurocent) implements Comparable<Bedrag> {

    public static final Bedrag NUL = new Bedrag(0);

    /** The largest amount an iJw message can carry (LDT_Bedrag: 99999999 cents, € 999.999,99). */
    public static final Bedrag IJW_MAXIMUM = new Bedrag(99_999_999);

    /** Dutch notation: optional minus and euro sign, dots between thousands, a comma before one or two cents. */
    private static final Pattern NOTATIE =
            Pattern.compile("(-)? *(?:€ *)?(-)? *([0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)(?:,([0-9]{1,2}))?");

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    /** A whole number of euros. */
    public static Bedrag euro(long euro) {
        return new Bedrag(Math.multiplyExact(euro, 100));
    }

    /** An amount in euros with at most two decimals: {@code euro(new BigDecimal("12.34"))}. */
    public static Bedrag euro(BigDecimal euro) {
        try {
            return new Bedrag(euro.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new OngeldigeWaarde(
                    "Bedrag " + euro.toPlainString() + " heeft meer dan twee decimalen of is te groot");
        }
    }

    /**
     * Reads a Dutch notation such as {@code "€ 1.234,56"}, {@code "-€ 12,5"}, {@code "€ -1.234,56"} or {@code
     * "1234"}. Thousands separators are optional but, when present, must group by three.
     */
    public static Bedrag parse(String tekst) {
        if (tekst == null) {
            throw new OngeldigeWaarde("Bedrag ontbreekt");
        }
        Matcher m = NOTATIE.matcher(
                tekst.replace('\u00a0', ' ').replace('\u202f', ' ').strip());
        if (!m.matches() || (m.group(1) != null && m.group(2) != null)) {
            throw new OngeldigeWaarde("'" + tekst + "' is geen geldig bedrag, verwacht bijvoorbeeld € 1.234,56");
        }
        String centen = m.group(4) == null ? "00" : (m.group(4) + "0").substring(0, 2);
        try {
            long waarde = Math.addExact(
                    Math.multiplyExact(Long.parseLong(m.group(3).replace(".", "")), 100), Long.parseLong(centen));
            boolean negatief = m.group(1) != null || m.group(2) != null;
            return new Bedrag(negatief ? -waarde : waarde);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new OngeldigeWaarde("'" + tekst + "' is te groot voor een bedrag");
        }
    }

    /** The sum of all amounts; {@link #NUL} when there are none. */
    public static Bedrag som(Iterable<Bedrag> bedragen) {
        Bedrag totaal = NUL;
        for (Bedrag bedrag : bedragen) {
            totaal = totaal.plus(bedrag);
        }
        return totaal;
    }

    public Bedrag plus(Bedrag ander) {
        return new Bedrag(Math.addExact(eurocent, ander.eurocent));
    }

    public Bedrag min(Bedrag ander) {
        return new Bedrag(Math.subtractExact(eurocent, ander.eurocent));
    }

    public Bedrag maal(long aantal) {
        return new Bedrag(Math.multiplyExact(eurocent, aantal));
    }

    /**
     * This amount (a tarief) times a volume that may have decimals, such as 1.5 hours, rounded to whole cents
     * {@link RoundingMode#HALF_UP half up}: a half cent rounds away from zero, also for negative amounts.
     */
    public Bedrag maal(BigDecimal volume) {
        return new Bedrag(BigDecimal.valueOf(eurocent)
                .multiply(volume)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    public Bedrag negatief() {
        return new Bedrag(Math.negateExact(eurocent));
    }

    public Bedrag absoluut() {
        return new Bedrag(Math.absExact(eurocent));
    }

    public boolean isNul() {
        return eurocent == 0;
    }

    public boolean isNegatief() {
        return eurocent < 0;
    }

    public boolean isPositief() {
        return eurocent > 0;
    }

    public boolean isGroterDan(Bedrag ander) {
        return eurocent > ander.eurocent;
    }

    public boolean isKleinerDan(Bedrag ander) {
        return eurocent < ander.eurocent;
    }

    /** The amount in euros with exactly two decimals, for calculations and exports. */
    public BigDecimal inEuro() {
        return BigDecimal.valueOf(eurocent).divide(HONDERD).setScale(2);
    }

    /** Dutch notation with a euro sign, dots between thousands and a decimal comma: {@code "€ -1.234,56"}. */
    public String format() {
        String cijfers = Long.toString(eurocent).replace("-", "");
        if (cijfers.length() < 3) {
            cijfers = "0".repeat(3 - cijfers.length()) + cijfers;
        }
        String euros = cijfers.substring(0, cijfers.length() - 2);
        StringBuilder gegroepeerd = new StringBuilder();
        for (int i = 0; i < euros.length(); i++) {
            if (i > 0 && (euros.length() - i) % 3 == 0) {
                gegroepeerd.append('.');
            }
            gegroepeerd.append(euros.charAt(i));
        }
        return "€ " + (eurocent < 0 ? "-" : "") + gegroepeerd + "," + cijfers.substring(cijfers.length() - 2);
    }

    @Override
    public int compareTo(Bedrag ander) {
        return Long.compare(eurocent, ander.eurocent);
    }

    @Override
    public String toString() {
        return format();
    }
}
