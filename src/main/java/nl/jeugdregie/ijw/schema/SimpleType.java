package nl.jeugdregie.ijw.schema;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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

    /** Why a value does not fit the type: the rule code and a plain Dutch message. */
    public record Violation(String regel, String melding) {}

    private final String name;
    private final Base base;
    private final int minLength;
    private final int maxLength;
    private final long minInclusive;
    private final long maxInclusive;
    private final Set<String> enumeration;
    private final String pattern;
    private final Predicate<String> patternCheck;
    private final String patternRule;
    private final boolean localRestriction;

    private SimpleType(
            String name,
            Base base,
            int minLength,
            int maxLength,
            long minInclusive,
            long maxInclusive,
            Set<String> enumeration,
            String pattern,
            Predicate<String> patternCheck,
            String patternRule,
            boolean localRestriction) {
        this.name = name;
        this.base = base;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.minInclusive = minInclusive;
        this.maxInclusive = maxInclusive;
        this.enumeration = enumeration;
        this.pattern = pattern;
        this.patternCheck = patternCheck;
        this.patternRule = patternRule;
        this.localRestriction = localRestriction;
    }

    static SimpleType string(String name, int minLength, int maxLength) {
        return new SimpleType(
                name, Base.STRING, minLength, maxLength, 0, Long.MAX_VALUE, null, null, null, null, false);
    }

    /** An enumeration whose codes are those of a code list of {@code kern}, in the list's (the XSD's) order. */
    static <E extends Enum<E> & Code> SimpleType code(String name, int maxLength, Class<E> codelijst) {
        return code(
                name,
                maxLength,
                Arrays.stream(codelijst.getEnumConstants()).map(Code::code).toArray(String[]::new));
    }

    static SimpleType code(String name, int maxLength, String... codes) {
        return new SimpleType(
                name,
                Base.STRING,
                0,
                maxLength,
                0,
                Long.MAX_VALUE,
                Collections.unmodifiableSet(new LinkedHashSet<>(List.of(codes))),
                null,
                null,
                null,
                false);
    }

    static SimpleType integer(String name, long maxInclusive) {
        return new SimpleType(name, Base.INTEGER, 0, Integer.MAX_VALUE, 0, maxInclusive, null, null, null, null, false);
    }

    static SimpleType date(String name) {
        return new SimpleType(
                name,
                Base.DATE,
                0,
                Integer.MAX_VALUE,
                0,
                0,
                null,
                "[^:Z]*",
                v -> v.indexOf(':') < 0 && v.indexOf('Z') < 0,
                "RS032",
                false);
    }

    static SimpleType time(String name) {
        return new SimpleType(
                name,
                Base.TIME,
                0,
                Integer.MAX_VALUE,
                0,
                0,
                null,
                "[^Z+-]+",
                v -> v.indexOf('Z') < 0 && v.indexOf('+') < 0 && v.indexOf('-') < 0,
                "RS034",
                false);
    }

    /** The same type with an extra pattern facet, checked by {@code check} (a translation of the XSD regex). */
    SimpleType withPattern(String xsdPattern, String rule, Predicate<String> check) {
        return patterned(xsdPattern, rule, check, false);
    }

    /** An anonymous restriction in a message XSD: this type with a pattern of its own. */
    SimpleType restrict(String xsdPattern, String rule, Predicate<String> check) {
        return patterned(xsdPattern, rule, check, true);
    }

    private SimpleType patterned(String xsdPattern, String rule, Predicate<String> check, boolean local) {
        return new SimpleType(
                name,
                base,
                minLength,
                maxLength,
                minInclusive,
                maxInclusive,
                enumeration,
                xsdPattern,
                check,
                rule,
                local);
    }

    /** A restriction to exactly one literal value, as the message XSDs do for BerichtCode. */
    SimpleType fixed(String literal, String rule) {
        return restrict(literal, rule, literal::equals);
    }

    /** Whether this is an anonymous restriction declared in the message XSD itself. */
    public boolean isLocalRestriction() {
        return localRestriction;
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
        return enumeration;
    }

    /** The XSD pattern facet, or {@code null}. */
    public String pattern() {
        return pattern;
    }

    /** Checks one element value as the XSD validator would; {@code null} when it fits. */
    public Violation check(String raw) {
        return switch (base) {
            case STRING -> checkString(raw);
            case INTEGER -> checkInteger(Lexical.collapse(raw));
            case DATE ->
                Lexical.isDate(Lexical.collapse(raw))
                        ? checkPattern(Lexical.collapse(raw))
                        : new Violation("XSD", "'" + Lexical.shorten(raw) + "' is geen geldige datum (JJJJ-MM-DD)");
            case TIME ->
                Lexical.isTime(Lexical.collapse(raw))
                        ? checkPattern(Lexical.collapse(raw))
                        : new Violation("XSD", "'" + Lexical.shorten(raw) + "' is geen geldige tijd (uu:mm:ss)");
        };
    }

    private Violation checkString(String value) {
        if (enumeration != null) {
            if (enumeration.contains(value)) {
                return null;
            }
            if (value.isEmpty()) {
                return new Violation("RS033", "Element is leeg");
            }
            return new Violation("XSD", "'" + Lexical.shorten(value) + "' is geen waarde uit de codelijst van " + name);
        }
        // Length in UTF-16 units, as the JDK's XSD validator counts: a character outside the BMP counts
        // twice. Stricter than counting code points, so what we accept passes that validator too.
        int length = value.length();
        if (length < minLength) {
            return new Violation("RS033", "Element is leeg");
        }
        if (length > maxLength) {
            return new Violation(
                    Restricties.maxLengthRule(maxLength), "Waarde is langer dan " + maxLength + " posities");
        }
        return checkPattern(value);
    }

    private Violation checkInteger(String value) {
        if (!Lexical.isInteger(value)) {
            return new Violation("XSD", "'" + Lexical.shorten(value) + "' is geen geheel getal");
        }
        int sign = value.charAt(0) == '-' ? -1 : 1;
        int start = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        while (start < value.length() - 1 && value.charAt(start) == '0') {
            start++;
        }
        String digits = value.substring(start);
        if (sign < 0 && !digits.equals("0")) {
            return new Violation("RS001", "Waarde is kleiner dan " + minInclusive);
        }
        if (digits.length() > 18 || Long.parseLong(digits) > maxInclusive) {
            return new Violation(Restricties.maxValueRule(maxInclusive), "Waarde is groter dan " + maxInclusive);
        }
        return checkPattern(value);
    }

    private Violation checkPattern(String value) {
        if (patternCheck == null || patternCheck.test(value)) {
            return null;
        }
        return new Violation(
                patternRule,
                "'" + Lexical.shorten(value) + "' voldoet niet aan het patroon " + pattern + " van " + name);
    }

    @Override
    public String toString() {
        return name;
    }
}
