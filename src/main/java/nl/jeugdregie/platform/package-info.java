/**
 * Technical foundation shared by every module: the embedded PostgreSQL, API conventions (NL GOV API
 * Design Rules: API-Version, problem+json, pagination) and the page layout.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {"kern"})
package nl.jeugdregie.platform;

import org.springframework.modulith.ApplicationModule;
