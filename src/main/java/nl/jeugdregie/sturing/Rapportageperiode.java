package nl.jeugdregie.sturing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.kern.OngeldigeWaarde;

/**
 * A period the figures are about: a year ({@code 2026}), a half-year ({@code 2026-H1}) or a month ({@code 2026-03}),
 * with its first and last day.
 */
public record Rapportageperiode(String code, LocalDate begin, LocalDate eind) {

    public enum Soort {
        JAAR,
        HALFJAAR,
        MAAND
    }

    private static final Pattern VORM = Pattern.compile("(\\d{4})(?:-H([12])|-(\\d{2}))?");
    private static final int EERSTE_JAAR = 2015;
    private static final int LAATSTE_JAAR = 2100;

    /** The period of a code; a Dutch {@link OngeldigeWaarde} for anything else. */
    public static Rapportageperiode van(String code) {
        Matcher m = VORM.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw new OngeldigeWaarde("Periode '" + code
                    + "' bestaat niet: gebruik een jaar (2026), een halfjaar (2026-H1) of een maand (2026-03)");
        }
        int jaar = Integer.parseInt(m.group(1));
        if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
            throw new OngeldigeWaarde("Periode " + code + " valt buiten " + EERSTE_JAAR + " tot en met " + LAATSTE_JAAR
                    + " (de Jeugdwet geldt sinds 2015)");
        }
        if (m.group(2) != null) {
            return halfjaar(jaar, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            int maand = Integer.parseInt(m.group(3));
            if (maand < 1 || maand > 12) {
                throw new OngeldigeWaarde(
                        "Periode " + code + " bestaat niet: een jaar heeft de maanden 01 tot en met 12");
            }
            return maand(YearMonth.of(jaar, maand));
        }
        return jaar(jaar);
    }

    public static Rapportageperiode jaar(int jaar) {
        return new Rapportageperiode(String.valueOf(jaar), LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
    }

    public static Rapportageperiode halfjaar(int jaar, int helft) {
        LocalDate begin = LocalDate.of(jaar, helft == 1 ? 1 : 7, 1);
        return new Rapportageperiode(
                jaar + "-H" + helft, begin, begin.plusMonths(6).minusDays(1));
    }

    public static Rapportageperiode maand(YearMonth maand) {
        return new Rapportageperiode(maand.toString(), maand.atDay(1), maand.atEndOfMonth());
    }

    public Soort soort() {
        return code.contains("-H") ? Soort.HALFJAAR : code.length() == 4 ? Soort.JAAR : Soort.MAAND;
    }

    public int jaar() {
        return begin.getYear();
    }

    /** How people write it: {@code 2026}, {@code eerste halfjaar 2026}, {@code maart 2026}. */
    public String omschrijving() {
        return switch (soort()) {
            case JAAR -> code;
            case HALFJAAR -> (begin.getMonthValue() == 1 ? "eerste" : "tweede") + " halfjaar " + jaar();
            case MAAND -> begin.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl")) + " " + jaar();
        };
    }

    /** The months of this period, for a trend within a year or half-year; a month is its own only month. */
    public List<Rapportageperiode> maanden() {
        List<Rapportageperiode> maanden = new ArrayList<>();
        for (YearMonth m = YearMonth.from(begin); !m.atDay(1).isAfter(eind); m = m.plusMonths(1)) {
            maanden.add(maand(m));
        }
        return maanden;
    }

    /** The period of the same kind just before this one. */
    public Rapportageperiode vorige() {
        return switch (soort()) {
            case JAAR -> jaar(jaar() - 1);
            case HALFJAAR -> begin.getMonthValue() == 1 ? halfjaar(jaar() - 1, 2) : halfjaar(jaar(), 1);
            case MAAND -> maand(YearMonth.from(begin).minusMonths(1));
        };
    }

    /** Whether {@code dag} lies in this period. */
    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(begin) && !dag.isAfter(eind);
    }
}
