package nl.jeugdregie.platform;

import java.util.Set;

/**
 * A page a module offers in the navigation and as a tile on the start page, for the roles named
 * (role names without {@code ROLE_}). Modules declare these as beans.
 */
public record Menuitem(String titel, String omschrijving, String href, Set<String> rollen, int volgorde) {

    public Menuitem {
        rollen = Set.copyOf(rollen);
    }

    public boolean zichtbaarVoor(Set<String> rollenVanGebruiker) {
        return rollen.stream().anyMatch(rollenVanGebruiker::contains);
    }
}
