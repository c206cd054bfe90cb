/** Users, roles, scoping to gemeenten or an aanbieder, and the toegangslog (NEN 7513). */
@ApplicationModule(
        displayName = "Beveiliging",
        allowedDependencies = {"kern", "platform", "regio"})
package nl.jeugdregie.beveiliging;

import org.springframework.modulith.ApplicationModule;
