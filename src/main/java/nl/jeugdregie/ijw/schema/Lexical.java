package nl.jeugdregie.ijw.schema;

/** Lexical checks of XML Schema built-in types, written to answer exactly as the XSD validator does. */
final class Lexical {

    private static final java.util.Locale NEDERLANDS = java.util.Locale.forLanguageTag("nl-NL");

    private Lexical() {}

    static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Whitespace facet "collapse" (integers, dates, times): outer XML whitespace does not count. */
    static String collapse(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isXmlSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isXmlSpace(value.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }

    static boolean isInteger(String v) {
        int i = 0;
        if (!v.isEmpty() && (v.charAt(0) == '-' || v.charAt(0) == '+')) {
            i = 1;
        }
        if (i >= v.length()) {
            return false;
        }
        for (; i < v.length(); i++) {
            if (!isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** xs:date: {@code -?YYYY-MM-DD} with an optional time zone, and a day that exists in that month. */
    static boolean isDate(String v) {
        int i = v.startsWith("-") ? 1 : 0;
        int yearStart = i;
        while (i < v.length() && isDigit(v.charAt(i))) {
            i++;
        }
        int yearDigits = i - yearStart;
        if (yearDigits < 4 || (yearDigits > 4 && v.charAt(yearStart) == '0')) {
            return false;
        }
        if (v.length() < i + 6 || v.charAt(i) != '-' || v.charAt(i + 3) != '-') {
            return false;
        }
        int month = twoDigits(v, i + 1);
        int day = twoDigits(v, i + 4);
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        if (yearDigits > 9) {
            return false; // beyond what any validator or this standard handles
        }
        long year = Long.parseLong(v.substring(yearStart, yearStart + yearDigits));
        if (year == 0 || day > daysInMonth(v.startsWith("-") ? -year : year, month)) {
            return false;
        }
        return isTimeZone(v, i + 6);
    }

    /**
     * Why a value that {@link #isDate} refuses is no date, in words: "2027-06-31 bestaat niet: juni heeft 30 dagen",
     * "2026-02-29 bestaat niet: 2026 is geen schrikkeljaar", or the form that was expected.
     */
    static String waaromGeenDatum(String v) {
        String gevraagd = "; verwacht een datum als 2026-03-31 (jaar, maand en dag met streepjes)";
        if (v.length() < 10
                || v.charAt(4) != '-'
                || v.charAt(7) != '-'
                || !isDigits(v.substring(0, 4), 4)
                || twoDigits(v, 5) < 0
                || twoDigits(v, 8) < 0) {
            return "'" + shorten(v) + "' is geen datum" + gevraagd;
        }
        String datum = v.substring(0, 10);
        int year = Integer.parseInt(v.substring(0, 4));
        int month = twoDigits(v, 5);
        int day = twoDigits(v, 8);
        if (year == 0) {
            return datum + " bestaat niet: het jaar 0000 bestaat niet";
        }
        if (month < 1 || month > 12) {
            return datum + " bestaat niet: er is geen maand " + month + " (een jaar heeft maand 01 tot en met 12)";
        }
        if (day < 1) {
            return datum + " bestaat niet: een maand begint op dag 01";
        }
        int dagen = daysInMonth(year, month);
        if (day > dagen) {
            if (month == 2 && day == 29) {
                return datum + " bestaat niet: " + year + " is geen schrikkeljaar";
            }
            String maand = java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, NEDERLANDS);
            return datum + " bestaat niet: " + maand + " heeft " + dagen + " dagen";
        }
        if (v.length() > 10) {
            return "'" + shorten(v) + "' is geen datum: na de dag mag alleen een tijdzone volgen" + gevraagd;
        }
        return "'" + shorten(v) + "' is geen datum" + gevraagd;
    }

    /** xs:time: {@code hh:mm:ss(.s+)?} with an optional time zone. */
    static boolean isTime(String v) {
        if (v.length() < 8 || v.charAt(2) != ':' || v.charAt(5) != ':') {
            return false;
        }
        int hour = twoDigits(v, 0);
        int minute = twoDigits(v, 3);
        int second = twoDigits(v, 6);
        if (hour < 0 || minute < 0 || second < 0 || minute > 59 || second > 59) {
            return false;
        }
        int i = 8;
        boolean fractionIsZero = true;
        if (i < v.length() && v.charAt(i) == '.') {
            i++;
            int start = i;
            while (i < v.length() && isDigit(v.charAt(i))) {
                fractionIsZero &= v.charAt(i) == '0';
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (hour > 24 || (hour == 24 && (minute != 0 || second != 0 || !fractionIsZero))) {
            return false;
        }
        return isTimeZone(v, i);
    }

    private static boolean isTimeZone(String v, int i) {
        if (i == v.length()) {
            return true;
        }
        if (v.charAt(i) == 'Z') {
            return i + 1 == v.length();
        }
        if ((v.charAt(i) != '+' && v.charAt(i) != '-') || v.length() != i + 6 || v.charAt(i + 3) != ':') {
            return false;
        }
        int hours = twoDigits(v, i + 1);
        int minutes = twoDigits(v, i + 4);
        return hours >= 0 && minutes >= 0 && minutes <= 59 && (hours < 14 || (hours == 14 && minutes == 0));
    }

    private static int twoDigits(String v, int at) {
        char a = v.charAt(at);
        char b = v.charAt(at + 1);
        return isDigit(a) && isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int daysInMonth(long year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(long year) {
        return (year % 4 == 0) && ((year % 100 != 0) || (year % 400 == 0));
    }

    /** XSD {@code .*[^\s].*}: no line breaks ('.' excludes them) and at least one non-space character. */
    static boolean hasTextOnOneLine(String v) {
        boolean text = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
            text |= c != ' ' && c != '\t';
        }
        return text;
    }

    /** XSD {@code ([.\s]*\S+[.\s]*)+}: every string that has at least one non-space character. */
    static boolean hasText(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (!isXmlSpace(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** XSD {@code [0-9]{n}} (or {@code [0-9]*} when n is negative). */
    static boolean isDigits(String v, int n) {
        if (n >= 0 && v.length() != n) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (!isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** XSD {@code (0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)}. */
    static boolean isVersion(String v) {
        String[] parts = v.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !isDigits(part, -1) || (part.length() > 1 && part.charAt(0) == '0')) {
                return false;
            }
        }
        return true;
    }

    /** XSD {@code ([a-zA-ZÀ-ỳ])+}. */
    static boolean isLetters(String v) {
        return !v.isEmpty() && v.chars().allMatch(c -> isAsciiLetter(c) || (c >= '\u00C0' && c <= '\u1EF3'));
    }

    /** XSD {@code ([a-zA-Z0-9])+}. */
    static boolean isLettersOrDigits(String v) {
        return !v.isEmpty() && v.chars().allMatch(c -> isAsciiLetter(c) || (c >= '0' && c <= '9'));
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static String shorten(String value) {
        String oneLine = value.replaceAll("[\\r\\n\\t]", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
