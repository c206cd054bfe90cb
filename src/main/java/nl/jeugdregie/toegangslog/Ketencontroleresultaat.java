package nl.jeugdregie.toegangslog;

import java.time.Instant;

/**
 * The outcome of checking the hash chain of the toegangslog.
 *
 * @param intact whether every entry is unchanged and in place
 * @param gecontroleerd the number of entries checked
 * @param eersteFouteRegel the id of the first entry that fails the check, or {@code null}
 * @param melding a Dutch explanation for a person
 * @param tijdstip when the check ran
 */
public record Ketencontroleresultaat(
        boolean intact, long gecontroleerd, Long eersteFouteRegel, String melding, Instant tijdstip) {

    static Ketencontroleresultaat intact(long gecontroleerd, Instant tijdstip) {
        return new Ketencontroleresultaat(
                true,
                gecontroleerd,
                null,
                "De keten is intact: alle " + gecontroleerd + " regels zijn ongewijzigd en compleet.",
                tijdstip);
    }

    static Ketencontroleresultaat gebroken(long gecontroleerd, long regel, String reden, Instant tijdstip) {
        return new Ketencontroleresultaat(
                false, gecontroleerd, regel, "De keten is verbroken bij regel " + regel + ": " + reden, tijdstip);
    }
}
