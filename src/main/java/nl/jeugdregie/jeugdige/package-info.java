/**
 * Jeugdige en gezin: the one register of jeugdigen of the platform (person data by BSN, with their source), the
 * gemeente responsible under the woonplaatsbeginsel with its history, the household with who has gezag, and the
 * household's other provisions (Wmo, Participatiewet, schuldhulp, leerplicht). With a configured BRP endpoint person
 * data come from the Haal Centraal BRP Personen bevragen API ({@code jeugdige.brp}). Toegang, toewijzing and
 * berichtenverkeer use this register.
 */
@ApplicationModule(
        displayName = "Jeugdige en gezin",
        allowedDependencies = {"kern", "kern :: codelijst", "platform", "beveiliging", "toegangslog"})
package nl.jeugdregie.jeugdige;

import org.springframework.modulith.ApplicationModule;
