package nl.jeugdregie.ijw.schema;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.codelijst.Code;

/**
 * A simple type of the iJw 3.2 basisschema (an {@code LDT_...} type), with the facets the official
 * XSD enforces. {@link #check(String)} answers the same question as the XSD validator for one value
 * and names the official restriction rule (RSnnn) where one exists.
 */
public final class SimpleType {

    /** The XSD built-in type a simple type restricts. */
    public enum Base {
        STRING,
        INTEGER,
        DATE,
        TIME
    }

    /** A code list is written out in full in a finding up to this many codes; a longer one by a few examples. */
    private static final int CODES_VOLUIT = 12;

    /**
     * Why a value does not fit the type: the rule code and a plain Dutch explanation that follows the element's name
     * ("Bsn" + " '12345' is geen BSN van 9 cijfers"), saying what was expected.
     */
    public record Violation(String regel, String melding) {}

    private final String name;
    private final Base base;
    private final int minLength;
    private final int maxLength;
    private final long minInclusive;
    private final long maxInclusive;
    private final Map<String, String> enumeration;
    private final boolean eurocent;
    private final Patroon patroon;

    /**
     * A pattern facet: the XSD regex, its translation as a check, the official rule, the pattern in words for a finding
     * ("een BSN van 9 cijfers") and whether it is an anonymous restriction in a message XSD.
     */
    private record Patroon(String xsd, Predicate<String> check, String regel, String inWoorden, boolean lokaal) {}

    private SimpleType(
            String name,
            Base base,
            int minLength,
            int maxLength,
            long maxInclusive,
            Map<String, String> enumeration,
            boolean eurocent,
            Patroon patroon) {
        this.name = name;
        this.base = base;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.minInclusive = 0;
        this.maxInclusive = maxInclusive;
        this.enumeration = enumeration;
        this.eurocent = eurocent;
        this.patroon = patroon;
    }

    static SimpleType string(String name, int minLength, int maxLength) {
        return new SimpleType(name, Base.STRING, minLength, maxLength, Long.MAX_VALUE, null, false, null);
    }

    /** An enumeration whose codes are those of a code list of {@code kern}, in the list's (the XSD's) order. */
    static <E extends Enum<E> & Code> SimpleType code(String name, int maxLength, Class<E> codelijst) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (E code : codelijst.getEnumConstants()) {
            codes.put(code.code(), code.omschrijving());
        }
        return new SimpleType(
                name, Base.STRING, 0, maxLength, Long.MAX_VALUE, Collections.unmodifiableMap(codes), false, null);
    }

    /** An enumeration of codes without descriptions. */
    static SimpleType code(String name, int maxLength, String... codes) {
        Map<String, String> zonderNaam =
                Arrays.stream(codes).collect(Collectors.toMap(c -> c, c -> "", (a, b) -> a, LinkedHashMap::new));
        return new SimpleType(
                name, Base.STRING, 0, maxLength, Long.MAX_VALUE, Collections.unmodifiableMap(zonderNaam), false, null);
    }

    static SimpleType integer(String name, long maxInclusive) {
        return new SimpleType(name, Base.INTEGER, 0, Integer.MAX_VALUE, maxInclusive, null, false, null);
    }

    /** An amount in eurocent: an integer that a finding writes as euros as well. */
    static SimpleType bedrag(String name, long maxInclusive) {
        return new SimpleType(name, Base.INTEGER, 0, Integer.MAX_VALUE, maxInclusive, null, true, null);
    }

    static SimpleType date(String name) {
        return new SimpleType(name, Base.DATE, 0, Integer.MAX_VALUE, 0, null, false, null)
                .withPattern(
                        "[^:Z]*",
                        "RS032",
                        "een datum zonder tijdzone, zoals 2026-03-31",
                        v -> v.indexOf(':') < 0 && v.indexOf('Z') < 0);
    }

    static SimpleType time(String name) {
        return new SimpleType(name, Base.TIME, 0, Integer.MAX_VALUE, 0, null, false, null)
                .withPattern(
                        "[^Z+-]+",
                        "RS034",
                        "een tijd zonder tijdzone, zoals 14:30:00",
                        v -> v.indexOf('Z') < 0 && v.indexOf('+') < 0 && v.indexOf('-') < 0);
    }

    /**
     * The same type with an extra pattern facet, checked by {@code check} (a translation of the XSD regex), and that
     * pattern in words for a finding ("een BSN van 9 cijfers").
     */
    SimpleType withPattern(String xsdPattern, String rule, String inWoorden, Predicate<String> check) {
        return patterned(xsdPattern, rule, inWoorden, check, false);
    }

    /** An anonymous restriction in a message XSD: this type with a pattern of its own. */
    SimpleType restrict(String xsdPattern, String rule, String inWoorden, Predicate<String> check) {
        return patterned(xsdPattern, rule, inWoorden, check, true);
    }

    private SimpleType patterned(
            String xsdPattern, String rule, String inWoorden, Predicate<String> check, boolean local) {
        return new SimpleType(
                name,
                base,
                minLength,
                maxLength,
                maxInclusive,
                enumeration,
                eurocent,
                new Patroon(xsdPattern, check, rule, inWoorden, local));
    }

    /** A restriction to exactly one literal value, as the message XSDs do for BerichtCode. */
    SimpleType fixed(String literal, String rule) {
        return restrict(literal, rule, "precies " + literal, literal::equals);
    }

    /** Whether this is an anonymous restriction declared in the message XSD itself. */
    public boolean isLocalRestriction() {
        return patroon != null && patroon.lokaal();
    }

    public String name() {
        return name;
    }

    public Base base() {
        return base;
    }

    public int minLength() {
        return minLength;
    }

    public int maxLength() {
        return maxLength;
    }

    public long maxInclusive() {
        return maxInclusive;
    }

    /** The allowed codes in XSD order, or {@code null} when the type is not an enumeration. */
    public Set<String> enumeration() {
        return enumeration == null ? null : enumeration.keySet();
    }

    /** The XSD pattern facet, or {@code null}. */
    public String pattern() {
        return patroon == null ? null : patroon.xsd();
    }

    /** Checks one element value as the XSD validator would; {@code null} when it fits. */
    public Violation check(String raw) {
        return switch (base) {
            case STRING -> checkString(raw);
            case INTEGER -> checkInteger(Lexical.collapse(raw));
            case DATE -> checkDate(raw);
            case TIME ->
                Lexical.isTime(Lexical.collapse(raw))
                        ? checkPattern(Lexical.collapse(raw))
                        : new Violation(
                                "XSD",
                                "'" + Lexical.shorten(raw) + "' is geen geldige tijd; verwacht een tijd als 14:30:00");
        };
    }

    private Violation checkDate(String raw) {
        String value = Lexical.collapse(raw);
        if (Lexical.isDate(value)) {
            return checkPattern(value);
        }
        if (value.isEmpty()) {
            return new Violation("XSD", "is leeg; verwacht een datum als 2026-03-31");
        }
        return new Violation("XSD", Lexical.waaromGeenDatum(value));
    }

    private Violation checkString(String value) {
        if (enumeration != null) {
            if (enumeration.containsKey(value)) {
                return null;
            }
            if (value.isEmpty()) {
                return new Violation("RS033", "is leeg; verwacht " + codes());
            }
            return new Violation("XSD", "'" + Lexical.shorten(value) + "' is geen geldige code; verwacht " + codes());
        }
        // Length in UTF-16 units, as the JDK's XSD validator counts: a character outside the BMP counts
        // twice. Stricter than counting code points, so what we accept passes that validator too.
        int length = value.length();
        if (length < minLength) {
            return new Violation(
                    "RS033", "is leeg; verwacht " + (patroon == null ? "een waarde" : patroon.inWoorden()));
        }
        if (length > maxLength) {
            return new Violation(
                    Restricties.maxLengthRule(maxLength),
                    "is " + length + " tekens lang; hoogstens " + maxLength + (maxLength == 1 ? " teken" : " tekens")
                            + " zijn toegestaan");
        }
        return checkPattern(value);
    }

    /** The allowed codes with their names, "Minuut (01), Uur (04) of Etmaal (14)", or a few as examples. */
    private String codes() {
        boolean voluit = enumeration.size() <= CODES_VOLUIT;
        String lijst = enumeration.entrySet().stream()
                .limit(voluit ? enumeration.size() : 3)
                .map(e -> Notatie.metCode(e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
        if (!voluit) {
            return "een van de " + enumeration.size() + " codes van de codelijst, zoals " + lijst;
        }
        int laatste = lijst.lastIndexOf(", ");
        return enumeration.size() == 1
                ? "de code " + lijst
                : "een van de codes " + lijst.substring(0, laatste) + " of " + lijst.substring(laatste + 2);
    }

    private Violation checkInteger(String value) {
        if (!Lexical.isInteger(value)) {
            return new Violation(
                    "XSD",
                    value.isEmpty()
                            ? "is leeg; verwacht " + (eurocent ? "een bedrag in eurocenten" : "een geheel getal")
                            : "'" + Lexical.shorten(value) + "' is geen "
                                    + (eurocent
                                            ? "bedrag in eurocenten; verwacht een geheel getal, zoals 58000 voor € 580,00"
                                            : "geheel getal"));
        }
        int sign = value.charAt(0) == '-' ? -1 : 1;
        int start = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        while (start < value.length() - 1 && value.charAt(start) == '0') {
            start++;
        }
        String digits = value.substring(start);
        if (sign < 0 && !digits.equals("0")) {
            return new Violation(
                    "RS001",
                    eurocent
                            ? "is negatief; een bedrag is altijd positief, een credit geeft u aan met DebetCredit C"
                            : Lexical.shorten(value) + " is negatief; verwacht " + minInclusive + " of meer");
        }
        if (digits.length() > 18 || Long.parseLong(digits) > maxInclusive) {
            return new Violation(Restricties.maxValueRule(maxInclusive), teGroot(digits));
        }
        return checkPattern(value);
    }

    /** Too large, an amount in euros ("is € 1.000.000,00, meer dan het maximum van € 999.999,99"). */
    private String teGroot(String digits) {
        if (!eurocent) {
            return Lexical.shorten(digits) + " is groter dan het maximum van " + Notatie.getal(maxInclusive);
        }
        String bedrag = digits.length() > 18 ? "is " : "is " + new Bedrag(Long.parseLong(digits)).format() + ", ";
        return bedrag + "meer dan het maximum van " + new Bedrag(maxInclusive).format();
    }

    private Violation checkPattern(String value) {
        if (patroon == null || patroon.check().test(value)) {
            return null;
        }
        return new Violation(
                patroon.regel(), "'" + Lexical.shorten(value) + "' is ongeldig; verwacht " + patroon.inWoorden());
    }

    @Override
    public String toString() {
        return name;
    }
}
