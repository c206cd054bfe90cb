/**
 * Demoregio: in demo mode, on the first start of an empty database, a realistic history of three years for the demo
 * region Twente (14 gemeenten), made with a fixed seed through the real services and the real inbox and calibrated to
 * CBS figures ({@link nl.jeugdregie.demoregio.Kalibratie}). Its own schema {@code demoregio} holds only the progress of
 * the load; it publishes no views, and no module depends on it.
 */
@ApplicationModule(
        displayName = "Demoregio",
        allowedDependencies = {
            "kern",
            "kern :: codelijst",
            "platform",
            "jeugdige",
            "inkoop",
            "ijw",
            "toegang",
            "toegang :: besluitsoort",
            "toewijzing",
            "berichtenverkeer"
        })
package nl.jeugdregie.demoregio;

import org.springframework.modulith.ApplicationModule;
