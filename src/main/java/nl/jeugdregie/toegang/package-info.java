/**
 * Toegang: the gemeente's front door. Every hulpvraag, whatever its route (lokaal team, huisarts, jeugdarts, medisch
 * specialist, gecertificeerde instelling, rechter, onderwijs, the family itself), goes through one process: a shared
 * triage on life domains, an explained advice toward the lightest help that fits with the waiting times of the
 * contracted aanbieders, the besluit with its beschikking (a PDF/UA letter per the Awb) and the toewijzing it creates,
 * one plan with goals per jeugdige, and one timeline of everything.
 */
@ApplicationModule(
        displayName = "Toegang",
        allowedDependencies = {
            "kern",
            "kern :: codelijst",
            "platform",
            "beveiliging",
            "regio",
            "toegangslog",
            "jeugdige",
            "inkoop",
            "toewijzing"
        })
package nl.jeugdregie.toegang;

import org.springframework.modulith.ApplicationModule;
