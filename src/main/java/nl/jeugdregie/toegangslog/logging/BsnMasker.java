package nl.jeugdregie.toegangslog.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.kern.Bsn;

/**
 * Masks every nine-digit number in a text that passes the elfproef, keeping the last four digits as
 * {@link Bsn#toString()} does. Numbers that are part of a longer run of digits are left alone, and so is a number
 * that the text itself names as a toewijzingnummer ("toewijzing 100000046"): toewijzingnummers are nine digits too,
 * and one in eleven passes the elfproef, which made such an entry unreadable.
 */
public final class BsnMasker {

    private static final Pattern NEGEN_CIJFERS =
            Pattern.compile("(?<![0-9])(?<!toewijzing )(?<!toewijzingnummer )(?<!Toewijzing )[0-9]{9}(?![0-9])");

    private BsnMasker() {}

    public static String maskeer(String tekst) {
        if (tekst == null || tekst.length() < 9 || !bevatNegenCijfers(tekst)) {
            return tekst;
        }
        Matcher matcher = NEGEN_CIJFERS.matcher(tekst);
        StringBuilder uitkomst = new StringBuilder(tekst.length());
        while (matcher.find()) {
            String cijfers = matcher.group();
            String vervanging = Bsn.voldoetAanElfproef(cijfers) ? "*****" + cijfers.substring(5) : cijfers;
            matcher.appendReplacement(uitkomst, vervanging);
        }
        matcher.appendTail(uitkomst);
        return uitkomst.toString();
    }

    /** A cheap pre-check, so lines without nine consecutive digits skip the regular expression. */
    private static boolean bevatNegenCijfers(String tekst) {
        int opeenvolgend = 0;
        for (int i = 0; i < tekst.length(); i++) {
            char teken = tekst.charAt(i);
            opeenvolgend = teken >= '0' && teken <= '9' ? opeenvolgend + 1 : 0;
            if (opeenvolgend >= 9) {
                return true;
            }
        }
        return false;
    }
}
