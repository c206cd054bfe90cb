package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a waiting time written as text, as providers publish it, into weeks: "9 mnd" (39.1), "1–2 wk"
 * (the middle, 1.5), "> 6 mnd" (26.1), "≥ 20 wk", "± 3 mnd", "6 wk na diagnostiek", "binnen 24 uur"
 * (0). A month is 52/12 weeks. Texts without a duration ("In overleg") are not read.
 */
final class Wachtduurtekst {

    private static final BigDecimal WEKEN_PER_MAAND = new BigDecimal("4.3452");
    private static final Pattern DUUR =
            Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(?:(?:-|–|—|tot|a|à)\\s*(\\d+(?:[.,]\\d+)?))?\\s*"
                    + "(weken|week|wkn|wk|w|maanden|maand|mnd|mndn|m|dagen|dag|d|jaar|jr|uur|u)?\\b");

    private Wachtduurtekst() {}

    static Optional<BigDecimal> weken(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Optional.empty();
        }
        String schoon = tekst.toLowerCase(Locale.ROOT).trim();
        if (schoon.matches(".*\\b(geen wachttijd|direct|per direct|geen wachtlijst)\\b.*")) {
            return Optional.of(BigDecimal.ZERO.setScale(1));
        }
        Matcher m = DUUR.matcher(schoon);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal van = getal(m.group(1));
        BigDecimal waarde = m.group(2) == null
                ? van
                : van.add(getal(m.group(2))).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
        String eenheid = m.group(3) == null ? "wk" : m.group(3);
        BigDecimal weken = switch (eenheid) {
            case "maanden", "maand", "mnd", "mndn", "m" -> waarde.multiply(WEKEN_PER_MAAND);
            case "dagen", "dag", "d" -> waarde.divide(BigDecimal.valueOf(7), 4, RoundingMode.HALF_UP);
            case "jaar", "jr" -> waarde.multiply(BigDecimal.valueOf(52));
            case "uur", "u" -> BigDecimal.ZERO;
            default -> waarde;
        };
        return Optional.of(weken.setScale(1, RoundingMode.HALF_UP));
    }

    /** Whether the text announces that no new registrations are accepted. */
    static boolean isAanmeldstop(String tekst) {
        return tekst != null && tekst.toLowerCase(Locale.ROOT).contains("aanmeldstop");
    }

    private static BigDecimal getal(String tekst) {
        return new BigDecimal(tekst.replace(',', '.'));
    }
}
