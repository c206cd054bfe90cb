/**
 * The toegangslog (NEN 7513): one append-only, hash-chained record of every read or change of a
 * jeugdige's personal data, with the jeugdige identified by a pseudonym, never by the BSN. Other
 * modules call {@link nl.jeugdregie.toegangslog.Toegangslog#registreer(Gebeurtenis)}.
 */
@ApplicationModule(
        displayName = "Toegangslog",
        allowedDependencies = {"kern", "platform", "beveiliging"})
package nl.jeugdregie.toegangslog;

import org.springframework.modulith.ApplicationModule;
