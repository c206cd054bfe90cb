/**
 * Sturingsinformatie: CBS indicators of how the jeugdzorg of the region works and what it costs, per gemeente, for the
 * region and against the Netherlands, fresh from the events of the other modules. Reads other modules only through their
 * {@code v_*} views and keeps read models of its own (schema {@code sturing}); each indicator is one SQL file under
 * {@code sql/sturing/indicator/} that opens with its definition.
 */
@ApplicationModule(
        displayName = "Sturing",
        allowedDependencies = {
            "kern",
            "kern :: codelijst",
            "platform",
            "beveiliging",
            "regio",
            "toegangslog",
            "toewijzing",
            "declaratie",
            "toegang"
        })
package nl.jeugdregie.sturing;

import org.springframework.modulith.ApplicationModule;
