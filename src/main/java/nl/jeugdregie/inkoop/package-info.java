/**
 * Inkoop: aanbieders, the product catalogue (JZ21 and regional products) with the CBS jeugdzorgvorm of each
 * product, contracts with tariffs and budget ceilings, ontwikkelopgaven of strategic partners, and the
 * wachttijden- en capaciteitsregister. Reporting views in schema {@code inkoop} ({@code v_producten},
 * {@code v_contractproducten}, {@code v_wachttijden}, {@code v_budget}) are its SQL API.
 */
@ApplicationModule(
        displayName = "Inkoop",
        allowedDependencies = {"kern", "kern :: codelijst", "platform", "beveiliging"})
package nl.jeugdregie.inkoop;

import org.springframework.modulith.ApplicationModule;
