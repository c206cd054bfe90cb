package nl.jeugdregie.kern;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Dutch working-day calendar behind the iJw deadlines (termijnen).
 *
 * <p>The iJw standard counts its deadlines in werkdagen: a retourbericht within three working days after receipt
 * (bedrijfsregel OP090), a toewijzing or antwoordbericht within five working days after a verzoek om toewijzing or
 * verzoek om wijziging (OP274, OP346), a start- or stopbericht within five working days (OP271, OP272) and a
 * declaratie-antwoordbericht within ten working days (OP090x4). Its glossary (Begrippenlijst Jw en Wmo,
 * "werkdag") defines a working day as Monday to Friday, except the recognised public holidays.
 *
 * <p>The recognised holidays are those of the Algemene termijnenwet, article 3: Nieuwjaarsdag, tweede Paas- en
 * Pinksterdag, both Kerstdagen, Hemelvaartsdag, the day the King's birthday is celebrated (Koningsdag: 27 April, or
 * 26 April when the 27th is a Sunday, since 2014) and 5 May, every year (lid 1), plus Goede Vrijdag (lid 2). Eerste Paasdag and Eerste Pinksterdag are listed too, although they always fall on a
 * Sunday. Before 2014 the King's or Queen's birthday was celebrated as Koninginnedag on 30 April, or on 29 April
 * when the 30th was a Sunday; this calendar follows that rule for earlier years.
 *
 * <p>Under article 3 lid 3 a Koninklijk Besluit, published in the Staatscourant, can make further days equal to a
 * holiday, such as the Friday after Hemelvaartsdag. Those days are not predictable, so they are added explicitly
 * with {@link #metGelijkgesteldeDagen(Collection)}.
 *
 * <p>Easter Sunday is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */
public final class Werkdagen {

    private static final Werkdagen VOLGENS_TERMIJNENWET = new Werkdagen(Set.of());

    private static final String GELIJKGESTELDE_DAG = "Bij Koninklijk Besluit gelijkgestelde dag";

    private final Set<LocalDate> gelijkgesteldeDagen;
    private final Map<Integer, Jaar> jaren = new ConcurrentHashMap<>();

    private Werkdagen(Set<LocalDate> gelijkgesteldeDagen) {
        this.gelijkgesteldeDagen = Set.copyOf(gelijkgesteldeDagen);
    }

    /** The calendar of article 3 lid 1 and 2 of the Algemene termijnenwet, without days added by decree. */
    public static Werkdagen volgensTermijnenwet() {
        return VOLGENS_TERMIJNENWET;
    }

    /** This calendar with additional days made equal to a holiday by Koninklijk Besluit (article 3 lid 3). */
    public Werkdagen metGelijkgesteldeDagen(Collection<LocalDate> dagen) {
        Set<LocalDate> alle = new TreeSet<>(gelijkgesteldeDagen);
        alle.addAll(dagen);
        return new Werkdagen(alle);
    }

    public boolean isWerkdag(LocalDate dag) {
        return !isWeekend(dag) && !isFeestdag(dag);
    }

    public boolean isFeestdag(LocalDate dag) {
        return jaar(dag.getYear()).datums().contains(dag);
    }

    /**
     * The date on which {@code werkdagen} working days have passed after {@code start}; the start day itself is not
     * counted. So a retourbericht on a message received on Friday 2 May 2025 is due within three working days: on
     * {@code plus(2025-05-02, 3)}, Thursday 8 May, because Bevrijdingsdag (Monday 5 May) does not count. With zero
     * working days the start day is returned as it is.
     */
    public LocalDate plus(LocalDate start, int werkdagen) {
        if (werkdagen < 0) {
            throw new OngeldigeWaarde("Aantal werkdagen mag niet negatief zijn, maar is " + werkdagen);
        }
        LocalDate dag = start;
        for (int geteld = 0; geteld < werkdagen; ) {
            dag = dag.plusDays(1);
            if (isWerkdag(dag)) {
                geteld++;
            }
        }
        return dag;
    }

    /**
     * The number of working days after {@code van} up to and including {@code tot}, so that {@code plus(van,
     * tussen(van, tot))} is {@code tot} when {@code tot} is a working day. Negative when {@code tot} lies before
     * {@code van}.
     */
    public int tussen(LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            return -tussen(tot, van);
        }
        int aantal = 0;
        for (LocalDate dag = van.plusDays(1); !dag.isAfter(tot); dag = dag.plusDays(1)) {
            if (isWerkdag(dag)) {
                aantal++;
            }
        }
        return aantal;
    }

    /** The day itself when it is a working day, otherwise the next working day (article 1 Algemene termijnenwet). */
    public LocalDate eersteWerkdagVanaf(LocalDate dag) {
        LocalDate kandidaat = dag;
        while (!isWerkdag(kandidaat)) {
            kandidaat = kandidaat.plusDays(1);
        }
        return kandidaat;
    }

    /**
     * All holidays of the year in date order, including those that fall in a weekend. Two holidays can share a date,
     * as Bevrijdingsdag and Hemelvaartsdag did on 5 May 2016.
     */
    public List<Feestdag> feestdagen(int jaar) {
        return jaar(jaar).feestdagen();
    }

    /** Easter Sunday (Eerste Paasdag) in the Gregorian calendar, by the anonymous Gregorian algorithm. */
    public static LocalDate pasen(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }

    private Jaar jaar(int jaar) {
        return jaren.computeIfAbsent(jaar, this::calculateJaar);
    }

    private Jaar calculateJaar(int jaar) {
        LocalDate pasen = pasen(jaar);
        List<Feestdag> dagen = new ArrayList<>(List.of(
                new Feestdag(LocalDate.of(jaar, Month.JANUARY, 1), "Nieuwjaarsdag"),
                new Feestdag(pasen.minusDays(2), "Goede Vrijdag"),
                new Feestdag(pasen, "Eerste Paasdag"),
                new Feestdag(pasen.plusDays(1), "Tweede Paasdag"),
                koningsdag(jaar),
                new Feestdag(LocalDate.of(jaar, Month.MAY, 5), "Bevrijdingsdag"),
                new Feestdag(pasen.plusDays(39), "Hemelvaartsdag"),
                new Feestdag(pasen.plusDays(49), "Eerste Pinksterdag"),
                new Feestdag(pasen.plusDays(50), "Tweede Pinksterdag"),
                new Feestdag(LocalDate.of(jaar, Month.DECEMBER, 25), "Eerste Kerstdag"),
                new Feestdag(LocalDate.of(jaar, Month.DECEMBER, 26), "Tweede Kerstdag")));
        Set<LocalDate> wettelijk = dagen.stream().map(Feestdag::datum).collect(Collectors.toSet());
        gelijkgesteldeDagen.stream()
                .filter(dag -> dag.getYear() == jaar && !wettelijk.contains(dag))
                .map(dag -> new Feestdag(dag, GELIJKGESTELDE_DAG))
                .forEach(dagen::add);
        return new Jaar(
                dagen.stream().sorted().toList(),
                dagen.stream().map(Feestdag::datum).collect(Collectors.toUnmodifiableSet()));
    }

    private static Feestdag koningsdag(int jaar) {
        if (jaar >= 2014) {
            LocalDate dag = LocalDate.of(jaar, Month.APRIL, 27);
            return new Feestdag(dag.getDayOfWeek() == DayOfWeek.SUNDAY ? dag.minusDays(1) : dag, "Koningsdag");
        }
        LocalDate dag = LocalDate.of(jaar, Month.APRIL, 30);
        return new Feestdag(dag.getDayOfWeek() == DayOfWeek.SUNDAY ? dag.minusDays(1) : dag, "Koninginnedag");
    }

    private record Jaar(List<Feestdag> feestdagen, Set<LocalDate> datums) {}

    private static boolean isWeekend(LocalDate dag) {
        return dag.getDayOfWeek() == DayOfWeek.SATURDAY || dag.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
