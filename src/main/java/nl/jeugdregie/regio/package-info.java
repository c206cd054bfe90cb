/** Jeugdregio's, gemeenten and the membership of a gemeente in a jeugdregio, with validity dates. */
@ApplicationModule(
        displayName = "Regio",
        allowedDependencies = {"kern", "platform"})
package nl.jeugdregie.regio;

import org.springframework.modulith.ApplicationModule;
