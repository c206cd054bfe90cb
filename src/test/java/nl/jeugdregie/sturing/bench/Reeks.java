package nl.jeugdregie.sturing.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The response times of one series of measurements, in milliseconds, with their percentiles. */
record Reeks(String naam, List<Double> ms) {

    /** Something to measure: one whole request or view. */
    interface Verzoek {
        void doe(int i) throws Exception;
    }

    static final int OPWARMEN = 2;
    static final int MINIMUM = 5;

    /**
     * Warms up, then measures until {@code aantal} measurements or until {@code budget} has passed (but at least
     * {@value #MINIMUM}); bounded in count and time.
     */
    static Reeks meet(String naam, int aantal, Duration budget, Verzoek verzoek) throws Exception {
        return meet(naam, aantal, budget, i -> {}, verzoek);
    }

    /** As {@link #meet(String, int, Duration, Verzoek)}, with {@code voorbereiding} before each request, not timed. */
    static Reeks meet(String naam, int aantal, Duration budget, Verzoek voorbereiding, Verzoek verzoek)
            throws Exception {
        for (int i = 0; i < OPWARMEN; i++) {
            voorbereiding.doe(-1 - i);
            verzoek.doe(-1 - i);
        }
        List<Double> ms = new ArrayList<>();
        long einde = System.nanoTime() + budget.toNanos();
        for (int i = 0; i < aantal && (i < MINIMUM || System.nanoTime() < einde); i++) {
            voorbereiding.doe(i);
            long begin = System.nanoTime();
            verzoek.doe(i);
            ms.add((System.nanoTime() - begin) / 1e6);
        }
        Collections.sort(ms);
        return new Reeks(naam, List.copyOf(ms));
    }

    int aantal() {
        return ms.size();
    }

    /** The nearest-rank percentile. */
    double p(int procent) {
        int rang = (int) Math.ceil(procent / 100.0 * ms.size());
        return ms.get(Math.max(0, rang - 1));
    }

    double max() {
        return ms.get(ms.size() - 1);
    }

    /** {@code n p50 p95 p99}, aligned. */
    String cijfers() {
        return String.format(Locale.ROOT, "%4d %8.1f %8.1f %8.1f", aantal(), p(50), p(95), p(99));
    }

    static String leeg() {
        return String.format(Locale.ROOT, "%4s %8s %8s %8s", "-", "-", "-", "-");
    }
}
