package nl.jeugdregie.beveiliging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which roles one user may hold together. The rules, and why:
 *
 * <ul>
 *   <li>AANBIEDER stands alone: it works for one zorgaanbieder, and any regional role next to it
 *       would show that aanbieder the data of every other aanbieder. Only AANBIEDERBEHEER goes with it, and only
 *       with it: that role manages the accounts of colleagues of the same AGB code and nothing else.
 *   <li>TOEGANG and BACKOFFICE exclude each other: the backoffice already sees every gemeente of the
 *       region, so the narrower scope of TOEGANG only blurs which one applies.
 *   <li>BEHEERDER grants rights and so holds no case-file role (TOEGANG, BACKOFFICE): whoever grants
 *       access must not be able to widen their own access to case files unseen (separation of
 *       duties). A person who does both gets two accounts.
 * </ul>
 *
 * INKOOP and ANALIST combine with every role except AANBIEDER. The same rules apply to local users
 * and to the roles an identity provider sends; {@link Autorisatie} grants no role at all to a
 * combination that breaks them, whatever the source.
 */
final class Rolcombinaties {

    private Rolcombinaties() {}

    /** Why these roles may not be held together, in Dutch; empty when they may. */
    static List<String> bezwaren(Set<Rol> rollen) {
        List<String> bezwaren = new ArrayList<>();
        if (rollen.contains(Rol.AANBIEDERBEHEER) && !rollen.contains(Rol.AANBIEDER)) {
            bezwaren.add("De rol Aanbiederbeheer hoort bij een medewerker van een zorgaanbieder: geef ook de rol"
                    + " Aanbieder, met de AGB-code van die aanbieder.");
        }
        if (rollen.contains(Rol.AANBIEDER) && rollen.stream().anyMatch(r -> !r.isVanEenAanbieder())) {
            bezwaren.add("De rol Aanbieder staat altijd alleen: een medewerker van een zorgaanbieder ziet alleen de"
                    + " eigen AGB-code en krijgt geen regionale rol erbij. Haal de andere rollen weg of maak een"
                    + " apart account.");
        }
        if (rollen.contains(Rol.TOEGANG) && rollen.contains(Rol.BACKOFFICE)) {
            bezwaren.add("Kies Toegang of Backoffice, niet allebei: de backoffice ziet al alle gemeenten van de regio,"
                    + " Toegang alleen de gekozen gemeenten.");
        }
        if (rollen.contains(Rol.BEHEERDER) && (rollen.contains(Rol.TOEGANG) || rollen.contains(Rol.BACKOFFICE))) {
            bezwaren.add("Een beheerder kent rechten toe en werkt daarom niet zelf in dossiers: combineer Beheerder"
                    + " niet met Toegang of Backoffice. Geef deze persoon een tweede account voor het dossierwerk.");
        }
        return bezwaren;
    }

    static boolean toegestaan(Set<Rol> rollen) {
        return bezwaren(rollen).isEmpty();
    }

    /** The roles themselves when they may be held together, otherwise none at all. */
    static Set<Rol> geldig(Set<Rol> rollen) {
        return toegestaan(rollen) ? rollen : Set.of();
    }
}
