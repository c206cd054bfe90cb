package nl.jeugdregie.kern;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A period of whole days, as the iJw standard uses it: {@code begin} and {@code eind} are both inclusive
 * (Begindatum/Einddatum, Ingangsdatum/Einddatum). An absent {@code eind} means the period is open-ended, like a
 * toewijzing without an end date.
 *
 * <p>{@code new Periode(d, d)} is a single day; a period can never end before it begins.
 */
public record Periode(LocalDate begin, LocalDate eind) implements Comparable<Periode> {

    private static final Comparator<Periode> ORDER = Comparator.comparing(Periode::begin)
            .thenComparing(Periode::eind, Comparator.nullsLast(Comparator.naturalOrder()));

    public Periode {
        if (begin == null) {
            throw new OngeldigeWaarde("Een periode moet een begindatum hebben");
        }
        if (eind != null && eind.isBefore(begin)) {
            throw new OngeldigeWaarde(
                    "Einddatum " + Notatie.datum(eind) + " ligt voor begindatum " + Notatie.datum(begin));
        }
    }

    /** The closed period from {@code begin} up to and including {@code eind}. */
    public static Periode van(LocalDate begin, LocalDate eind) {
        if (eind == null) {
            throw new OngeldigeWaarde("Een gesloten periode moet een einddatum hebben");
        }
        return new Periode(begin, eind);
    }

    /** The open-ended period starting on {@code begin}. */
    public static Periode vanaf(LocalDate begin) {
        return new Periode(begin, null);
    }

    /** The period of exactly one day. */
    public static Periode op(LocalDate dag) {
        return new Periode(dag, dag);
    }

    /** The whole calendar month, as a DeclaratiePeriode usually is. */
    public static Periode maand(YearMonth maand) {
        return new Periode(maand.atDay(1), maand.atEndOfMonth());
    }

    public boolean isOpen() {
        return eind == null;
    }

    public Optional<LocalDate> einddatum() {
        return Optional.ofNullable(eind);
    }

    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(begin) && (eind == null || !dag.isAfter(eind));
    }

    /** Whether both periods share at least one day. */
    public boolean overlaptMet(Periode ander) {
        return !endsBefore(ander.begin) && !ander.endsBefore(begin);
    }

    /** Whether every day of {@code ander} lies within this period. */
    public boolean omvat(Periode ander) {
        if (ander.begin.isBefore(begin)) {
            return false;
        }
        if (eind == null) {
            return true;
        }
        return ander.eind != null && !ander.eind.isAfter(eind);
    }

    /** The days both periods share, or empty when they do not overlap. */
    public Optional<Periode> doorsnede(Periode ander) {
        if (!overlaptMet(ander)) {
            return Optional.empty();
        }
        LocalDate laatsteBegin = begin.isAfter(ander.begin) ? begin : ander.begin;
        return Optional.of(new Periode(laatsteBegin, earliest(eind, ander.eind)));
    }

    /** Whether {@code volgende} begins on the day after this period ends, leaving no gap and no overlap. */
    public boolean sluitAanOp(Periode volgende) {
        return eind != null && eind.plusDays(1).equals(volgende.begin);
    }

    /** The number of days in this closed period, both ends counted: a single day is 1. */
    public long dagen() {
        requireClosed("aantal dagen");
        return ChronoUnit.DAYS.between(begin, eind) + 1;
    }

    /** The same period with another (or, with {@code null}, no) end date, as when a toewijzing is shortened. */
    public Periode withEind(LocalDate nieuwEind) {
        return new Periode(begin, nieuwEind);
    }

    /** Whether the period has ended before {@code dag}: its last day lies before it. */
    public boolean isVoorbijOp(LocalDate dag) {
        return endsBefore(dag);
    }

    /**
     * This closed period cut at calendar month boundaries, in order: the first and last part may be partial
     * months. A declaratie reports one ProductPeriode per month.
     */
    public List<Periode> perMaand() {
        requireClosed("verdeling per maand");
        List<Periode> delen = new ArrayList<>();
        LocalDate deelBegin = begin;
        while (!deelBegin.isAfter(eind)) {
            LocalDate deelEind = earliest(YearMonth.from(deelBegin).atEndOfMonth(), eind);
            delen.add(new Periode(deelBegin, deelEind));
            deelBegin = deelEind.plusDays(1);
        }
        return List.copyOf(delen);
    }

    /** Orders by begin date, then by end date with open-ended periods last. */
    @Override
    public int compareTo(Periode ander) {
        return ORDER.compare(this, ander);
    }

    /** Dutch notation, as people read it: {@code 01-03-2026 t/m 31-12-2026} or {@code vanaf 01-03-2026}. */
    @Override
    public String toString() {
        return Notatie.periode(this);
    }

    private boolean endsBefore(LocalDate dag) {
        return eind != null && eind.isBefore(dag);
    }

    private void requireClosed(String wat) {
        if (eind == null) {
            throw new IllegalStateException("Een open periode (" + this + ") heeft geen " + wat);
        }
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
