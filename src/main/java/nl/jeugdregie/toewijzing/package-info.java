/**
 * Toewijzingen, zorgtrajecten (start and stop of the levering) and verzoeken (VOT, VOW) of the gemeente, with the
 * cross-message rules of iJw 3.2 that govern them. Plain domain commands and results: the iJw XML lives in
 * {@code ijw}, the inbox and outbox in {@code berichtenverkeer}.
 */
@ApplicationModule(
        displayName = "Toewijzing",
        allowedDependencies = {
            "kern",
            "kern :: codelijst",
            "platform",
            "beveiliging",
            "regio",
            "toegangslog",
            "inkoop",
            "jeugdige"
        })
package nl.jeugdregie.toewijzing;

import org.springframework.modulith.ApplicationModule;
