package nl.jeugdregie.jeugdige.brp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.Bsn;

/**
 * Asks the BRP for the person data of a jeugdige. Exists as a bean only when a BRP is configured, so a caller asks for
 * it through an {@code ObjectProvider<Personenbevraging>} and lets the user enter the data by hand without one.
 *
 * <p>Both methods throw {@link BrpNietBeschikbaar} when the BRP cannot answer (not reachable, too slow, a server
 * error, an answer outside the contract) and {@link BrpVraagGeweigerd} when the BRP refuses the question (a 4xx
 * problem, e.g. a missing authorisation for a field).
 */
public interface Personenbevraging {

    /**
     * The person with this BSN, with address, gemeente van inschrijving, ouders and gezag; empty when the BRP does not
     * know the BSN (or only as a deceased person, whom the BRP leaves out by default).
     */
    Optional<BrpPersoon> raadpleeg(Bsn bsn);

    /**
     * The persons with this geslachtsnaam (without voorvoegsel; the BRP matches it case-insensitively and accepts a
     * trailing {@code *} after at least three letters) born on this date, optionally narrowed by voornamen. A search
     * result carries what the contract gives for a search (BSN, name, birth date, geslacht): no address, gemeente,
     * ouders or gezag, for those {@link #raadpleeg(Bsn) raadpleeg} the chosen BSN.
     *
     * @param voornamen {@code null} or blank to search on geslachtsnaam and geboortedatum only
     */
    List<BrpPersoon> zoek(String geslachtsnaam, LocalDate geboortedatum, String voornamen);
}
