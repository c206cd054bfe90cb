/** Small, stable value types shared by every module: Bsn, AgbCode, GemeenteCode, Periode, Bedrag, Werkdagen. */
@ApplicationModule(
        displayName = "Kern",
        allowedDependencies = {})
package nl.jeugdregie.kern;

import org.springframework.modulith.ApplicationModule;
