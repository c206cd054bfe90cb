package nl.jeugdregie.beveiliging;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A login refused without checking it, because the account name or the client address failed too
 * often ({@link Inlogbegrenzer}). The same for an existing and an unknown account.
 */
class Geblokkeerd extends LockedException {

    private final Duration wachttijd;

    Geblokkeerd(Duration wachttijd) {
        super("Te veel mislukte inlogpogingen");
        this.wachttijd = wachttijd;
    }

    /** How long until a new attempt is checked, at least one second. */
    Duration wachttijd() {
        return wachttijd.isNegative() || wachttijd.isZero() ? Duration.ofSeconds(1) : wachttijd;
    }

    /** The wait in whole minutes, rounded up, for a person. */
    long minuten() {
        return (wachttijd().toSeconds() + 59) / 60;
    }

    /** What a person is told: "Te veel mislukte inlogpogingen. Probeer het over 2 minuten opnieuw." */
    String melding() {
        long minuten = minuten();
        return "Te veel mislukte inlogpogingen. Probeer het over " + minuten + (minuten == 1 ? " minuut" : " minuten")
                + " opnieuw.";
    }
}
