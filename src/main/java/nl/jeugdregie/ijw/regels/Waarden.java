package nl.jeugdregie.ijw.regels;

import java.time.DateTimeException;
import java.time.LocalDate;
import nl.jeugdregie.ijw.Element;

/** Reading values for rules: absent or unreadable values are left to level 1 and give {@code null}. */
final class Waarden {

    static final LocalDate EIND_2020 = LocalDate.of(2020, 12, 31);

    private Waarden() {}

    static boolean gevuld(Element element, String path) {
        return element.find(path) != null;
    }

    static boolean leeg(Element element, String path) {
        return !gevuld(element, path);
    }

    static boolean is(Element element, String path, String... codes) {
        String value = element.text(path);
        if (value == null) {
            return false;
        }
        for (String code : codes) {
            if (code.equals(value)) {
                return true;
            }
        }
        return false;
    }

    static LocalDate datum(Element element, String path) {
        String value = element == null ? null : element.text(path);
        if (value == null) {
            return null;
        }
        return datum(value);
    }

    /** A date {@code JJJJ-MM-DD} (outer whitespace allowed, as in XSD), without the cost of a formatter. */
    static LocalDate datum(String value) {
        String v = value.strip();
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        int year = cijfers(v, 0, 4);
        int month = cijfers(v, 5, 2);
        int day = cijfers(v, 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int cijfers(String v, int start, int length) {
        int result = 0;
        for (int i = start; i < start + length; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    static Long getal(Element element, String path) {
        String value = element == null ? null : element.text(path);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Einddatum after 31-12-2020 or absent: the condition of CD080, CD095, CD096, CS338 and CS343. */
    static boolean eindNa2020OfLeeg(Element element, String einddatum) {
        if (leeg(element, einddatum)) {
            return true;
        }
        LocalDate eind = datum(element, einddatum);
        return eind != null && eind.isAfter(EIND_2020);
    }

    /** Bedrag with sign: debet positive, credit negative; null when unreadable. */
    static Long bedragMetTeken(Element element, String bedrag, String debetCredit) {
        Long value = getal(element, bedrag);
        if (value == null) {
            return null;
        }
        return "C".equals(element.text(debetCredit)) ? -value : value;
    }

    static LocalDate dagtekening(Element header) {
        return datum(header, "BerichtIdentificatie/Dagtekening");
    }
}
