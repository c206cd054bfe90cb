package nl.jeugdregie.beveiliging;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user from the local store, as Spring Security holds it after login. */
record LokaleGebruiker(Gebruiker gebruiker, String wachtwoord, boolean actief) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(gebruiker);
    }

    static List<SimpleGrantedAuthority> authorities(Gebruiker gebruiker) {
        return gebruiker.rollen().stream()
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
