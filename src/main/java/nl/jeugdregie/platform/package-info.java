/**
 * Technical foundation shared by every module: the embedded PostgreSQL, API conventions (NL GOV API
 * Design Rules: API-Version, problem+json, pagination), the page layout, and how pages write values and name codes
 * ({@code #notatie}, {@code #namen}).
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {"kern", "kern :: codelijst"})
package nl.jeugdregie.platform;

import org.springframework.modulith.ApplicationModule;
