/**
 * Declaraties (JW323) of aanbieders, checked prestatie by prestatie against the toewijzing and the contract, and the
 * content of the declaratie-antwoord (JW325). Plain domain input and output: the iJw XML lives in {@code ijw}. The
 * reporting view {@code declaratie.v_prestaties} (no BSN) is its SQL API.
 */
@ApplicationModule(
        displayName = "Declaratie",
        allowedDependencies = {
            "kern",
            "kern :: codelijst",
            "platform",
            "beveiliging",
            "regio",
            "toewijzing",
            "inkoop",
            "toegangslog"
        })
package nl.jeugdregie.declaratie;

import org.springframework.modulith.ApplicationModule;
