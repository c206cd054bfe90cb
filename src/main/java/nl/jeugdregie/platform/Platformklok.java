package nl.jeugdregie.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The application's clock: the moment of {@link Verleden} on a thread that works in the past, else its base clock. */
final class Platformklok extends Clock {

    private final Clock basis;

    Platformklok(Clock basis) {
        this.basis = basis;
    }

    @Override
    public ZoneId getZone() {
        return basis.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Platformklok(basis.withZone(zone));
    }

    @Override
    public Instant instant() {
        return Verleden.moment().orElseGet(basis::instant);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public String toString() {
        return "Platformklok[" + basis + "]";
    }
}
