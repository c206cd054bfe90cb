package nl.jeugdregie.beveiliging;

import java.util.Set;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The signed-in user as the rest of the platform sees it: who, in which roles, for which
 * organisation, and the explicit scope (gemeenten for TOEGANG, one AGB code for AANBIEDER).
 *
 * @param gebruikersnaam the login name
 * @param naam the display name
 * @param organisatie the organisation the user acts for (gemeente, regio, aanbieder)
 * @param rollen the roles
 * @param gemeenten the gemeenten a TOEGANG user is scoped to (empty for other roles)
 * @param aanbieder the AGB code an AANBIEDER user is scoped to, or {@code null}
 */
public record Gebruiker(
        String gebruikersnaam,
        String naam,
        String organisatie,
        Set<Rol> rollen,
        Set<GemeenteCode> gemeenten,
        AgbCode aanbieder) {

    public Gebruiker {
        rollen = Set.copyOf(rollen);
        gemeenten = Set.copyOf(gemeenten);
    }

    public boolean heeftRol(Rol rol) {
        return rollen.contains(rol);
    }
}
