package nl.jeugdregie.toegangslog;

import java.time.Instant;

/**
 * One entry of the toegangslog.
 *
 * @param id the position in the log (ascending; gaps occur when a transaction rolls back)
 * @param tijdstip when the access happened
 * @param gebruiker the login name of the user, or {@code systeem} for work without a user
 * @param rollen the user's roles, comma separated
 * @param organisatie the user's organisation
 * @param namens on behalf of whom the user acted
 * @param jeugdige the pseudonym of the jeugdige (never the BSN); empty for a security event
 * @param actie what was done
 * @param gegevens which data
 * @param toelichting the context (request path, reason); empty when none was given
 * @param vorigeHash the hash of the previous entry
 * @param hash SHA-256 over {@code vorigeHash} and this entry
 */
public record Logregel(
        long id,
        Instant tijdstip,
        String gebruiker,
        String rollen,
        String organisatie,
        String namens,
        String jeugdige,
        Actie actie,
        String gegevens,
        String toelichting,
        String vorigeHash,
        String hash) {}
