package nl.jeugdregie.platform;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one thread work at a moment in the past while every other thread keeps the real time: a generator of history
 * (the demo region) writes messages and decisions dated then, while the pages show today. Inside {@link #op} the
 * platform's {@link java.time.Clock} answers that moment on this thread only; what the work sets off asynchronously
 * ({@code @Async}, such as the processing of a received message) runs on the same thread at the same moment, and the
 * scheduled background tasks wait until the work is done, so they never see it half-way at the wrong time.
 *
 * <p>The clock of the application (and a test's fixed clock) is wrapped by {@code PlatformConfiguration}; everything
 * that takes "now" from the injected clock follows.
 */
public final class Verleden {

    private static final ThreadLocal<Instant> MOMENT = new ThreadLocal<>();

    /** Taken by work in the past and by the scheduled tasks, in turn (fair, so neither starves). */
    private static final ReentrantLock POORT = new ReentrantLock(true);

    private Verleden() {}

    /** Runs {@code werk} on this thread with the clock at {@code moment}; answers its result. */
    public static <T> T op(Instant moment, Supplier<T> werk) {
        if (moment == null) {
            throw new IllegalArgumentException("Een moment in het verleden is verplicht");
        }
        Instant eerder = MOMENT.get();
        POORT.lock();
        try {
            MOMENT.set(moment);
            return werk.get();
        } finally {
            if (eerder == null) {
                MOMENT.remove();
            } else {
                MOMENT.set(eerder);
            }
            POORT.unlock();
        }
    }

    /** Runs {@code werk} on this thread with the clock at {@code moment}. */
    public static void op(Instant moment, Runnable werk) {
        op(moment, () -> {
            werk.run();
            return null;
        });
    }

    /** The moment this thread works at, if it works in the past. */
    public static Optional<Instant> moment() {
        return Optional.ofNullable(MOMENT.get());
    }

    /** Runs a background task when no work in the past is under way, so it sees the real time throughout. */
    static void buiten(Runnable taak) {
        POORT.lock();
        try {
            taak.run();
        } finally {
            POORT.unlock();
        }
    }
}
