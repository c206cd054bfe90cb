package nl.jeugdregie.beveiliging;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user from the local store, as Spring Security holds it after login.
 *
 * @param versie the security version when this was read; a session whose version is out of date is
 *     refreshed or ended by {@link Sessiecontrole}
 * @param wachtwoordversie the password version when this was read
 */
record LokaleGebruiker(Gebruiker gebruiker, String wachtwoord, boolean actief, long versie, long wachtwoordversie)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(gebruiker);
    }

    /** The role authorities; none at all for a combination of roles that is not allowed. */
    static List<SimpleGrantedAuthority> authorities(Gebruiker gebruiker) {
        return Rolcombinaties.geldig(gebruiker.rollen()).stream()
                .map(rol -> new SimpleGrantedAuthority(rol.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return wachtwoord;
    }

    @Override
    public String getUsername() {
        return gebruiker.gebruikersnaam();
    }

    @Override
    public boolean isEnabled() {
        return actief;
    }

    @Override
    public String toString() {
        return "LokaleGebruiker[" + gebruiker.gebruikersnaam() + "]";
    }
}
