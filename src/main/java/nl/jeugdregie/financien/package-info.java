/**
 * Financiën: the begroting of each gemeente per year (per Iv3 taakveld and CBS jeugdzorgvorm, with its versions), the
 * verplichtingen of the current toewijzingen, the realisatie of approved declaraties by month of care, and the year-end
 * prognose, and the betaling of received declaraties (the amount to pay, its export, marking paid). Its own module
 * rather than part of sturing: money has its own versions, authorisations and life cycle. Reads other modules only
 * through their views ({@code toewijzing.v_toewijzingen}, {@code inkoop.v_contractproducten}, {@code
 * inkoop.v_producten}, {@code declaratie.v_prestaties}, {@code declaratie.v_declaraties}); publishes {@code
 * financien.v_begroting} and {@code financien.v_betalingen}.
 */
@ApplicationModule(
        displayName = "Financiën",
        allowedDependencies = {"kern", "kern :: codelijst", "platform", "beveiliging", "regio"})
package nl.jeugdregie.financien;

import org.springframework.modulith.ApplicationModule;
