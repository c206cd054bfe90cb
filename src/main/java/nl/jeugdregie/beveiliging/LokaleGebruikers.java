package nl.jeugdregie.beveiliging;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The local user store in schema {@code beveiliging}; passwords are stored hashed only. */
@Component
class LokaleGebruikers implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    LokaleGebruikers(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        return vind(gebruikersnaam.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
    }

    Optional<LokaleGebruiker> vind(String gebruikersnaam) {
        record Rij(
                String gebruikersnaam,
                String naam,
                String organisatie,
                String wachtwoord,
                boolean actief,
                String aanbieder) {}
        return jdbc.sql("""
                        select gebruikersnaam, naam, organisatie, wachtwoord, actief, aanbieder
                        from beveiliging.gebruiker where gebruikersnaam = :naam""")
                .param("naam", gebruikersnaam)
                .query(Rij.class)
                .optional()
                .map(rij -> new LokaleGebruiker(
                        new Gebruiker(
                                rij.gebruikersnaam(),
                                rij.naam(),
                                rij.organisatie(),
                                rollen(rij.gebruikersnaam()),
                                gemeenten(rij.gebruikersnaam()),
                                rij.aanbieder() == null ? null : new AgbCode(rij.aanbieder())),
                        rij.wachtwoord(),
                        rij.actief()));
    }

    private Set<Rol> rollen(String gebruikersnaam) {
        List<String> rollen = jdbc.sql("select rol from beveiliging.gebruiker_rol where gebruikersnaam = :naam")
                .param("naam", gebruikersnaam)
                .query(String.class)
                .list();
        Set<Rol> resultaat = EnumSet.noneOf(Rol.class);
        rollen.forEach(rol -> resultaat.add(Rol.valueOf(rol)));
        return resultaat;
    }

    private Set<GemeenteCode> gemeenten(String gebruikersnaam) {
        return new LinkedHashSet<>(jdbc.sql(
                        "select gemeente from beveiliging.gebruiker_gemeente where gebruikersnaam = :naam order by gemeente")
                .param("naam", gebruikersnaam)
                .query((rs, i) -> new GemeenteCode(rs.getString(1)))
                .list());
    }

    boolean isLeeg() {
        return jdbc.sql("select count(*) from beveiliging.gebruiker")
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** Adds a user; the password is hashed before it is stored. */
    @Transactional
    void voegToe(Gebruiker gebruiker, String wachtwoord) {
        if ((gebruiker.heeftRol(Rol.AANBIEDER)) != (gebruiker.aanbieder() != null)) {
            throw new IllegalArgumentException("Een aanbieder-gebruiker hoort bij precies één AGB-code");
        }
        jdbc.sql("""
                        insert into beveiliging.gebruiker (gebruikersnaam, naam, organisatie, wachtwoord, aanbieder)
                        values (:gebruikersnaam, :naam, :organisatie, :wachtwoord, :aanbieder)""")
                .param("gebruikersnaam", gebruiker.gebruikersnaam())
                .param("naam", gebruiker.naam())
                .param("organisatie", gebruiker.organisatie())
                .param("wachtwoord", passwordEncoder.encode(wachtwoord))
                .param(
                        "aanbieder",
                        gebruiker.aanbieder() == null
                                ? null
                                : gebruiker.aanbieder().value())
                .update();
        for (Rol rol : gebruiker.rollen()) {
            jdbc.sql("insert into beveiliging.gebruiker_rol (gebruikersnaam, rol) values (:naam, :rol)")
                    .param("naam", gebruiker.gebruikersnaam())
                    .param("rol", rol.name())
                    .update();
        }
        for (GemeenteCode gemeente : gebruiker.gemeenten()) {
            jdbc.sql("insert into beveiliging.gebruiker_gemeente (gebruikersnaam, gemeente) values (:naam, :gemeente)")
                    .param("naam", gebruiker.gebruikersnaam())
                    .param("gemeente", gemeente.value())
                    .update();
        }
    }
}
