/**
 * Berichtenverkeer: the gemeente's inbox and outbox of iJw 3.2 messages. Every received message is
 * stored durably before it is processed and is processed exactly once; every heenbericht gets its
 * retourbericht within the legal term.
 */
@ApplicationModule(
        displayName = "Berichtenverkeer",
        allowedDependencies = {
            "kern",
            "kern :: codelijst",
            "platform",
            "beveiliging",
            "jeugdige",
            "regio",
            "ijw",
            "toegangslog",
            "toewijzing",
            "declaratie"
        })
package nl.jeugdregie.berichtenverkeer;

import org.springframework.modulith.ApplicationModule;
