package nl.jeugdregie.beveiliging;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
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

    /** All local users, by name, with whether they are active. */
    List<LokaleGebruiker> alle() {
        return jdbc
                .sql("select gebruikersnaam from beveiliging.gebruiker order by gebruikersnaam")
                .query(String.class)
                .list()
                .stream()
                .map(naam -> vind(naam).orElseThrow())
                .toList();
    }

    /**
     * What is wrong with this user's role and scope, as invalid fields: a TOEGANG user needs at least
     * one gemeente, an AANBIEDER user exactly one AGB code and nobody else an AGB code.
     */
    static List<OngeldigeParameter> scopefouten(Gebruiker gebruiker) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        if (gebruiker.rollen().isEmpty()) {
            fouten.add(new OngeldigeParameter("rollen", "Kies ten minste één rol"));
        }
        if (gebruiker.heeftRol(Rol.TOEGANG) && gebruiker.gemeenten().isEmpty()) {
            fouten.add(new OngeldigeParameter("gemeenten", "Een medewerker toegang hoort bij ten minste één gemeente"));
        }
        if (!gebruiker.heeftRol(Rol.TOEGANG) && !gebruiker.gemeenten().isEmpty()) {
            fouten.add(
                    new OngeldigeParameter("gemeenten", "Alleen een medewerker toegang wordt aan gemeenten gekoppeld"));
        }
        if (gebruiker.heeftRol(Rol.AANBIEDER) && gebruiker.aanbieder() == null) {
            fouten.add(new OngeldigeParameter("aanbieder", "Een aanbieder-gebruiker hoort bij precies één AGB-code"));
        }
        if (!gebruiker.heeftRol(Rol.AANBIEDER) && gebruiker.aanbieder() != null) {
            fouten.add(new OngeldigeParameter("aanbieder", "Alleen een aanbieder-gebruiker heeft een AGB-code"));
        }
        return fouten;
    }

    /** Adds a user; the password is hashed before it is stored. */
    @Transactional
    void voegToe(Gebruiker gebruiker, String wachtwoord) {
        controleer(gebruiker);
        if (vind(gebruiker.gebruikersnaam()).isPresent()) {
            throw new Conflict("Gebruiker " + gebruiker.gebruikersnaam() + " bestaat al");
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
        schrijfScope(gebruiker);
    }

    /** Changes name, organisation, roles, scope and whether the user may log in. */
    @Transactional
    void wijzig(Gebruiker gebruiker, boolean actief) {
        controleer(gebruiker);
        int gewijzigd = jdbc.sql("""
                        update beveiliging.gebruiker
                        set naam = :naam, organisatie = :organisatie, aanbieder = :aanbieder, actief = :actief
                        where gebruikersnaam = :gebruikersnaam""")
                .param("gebruikersnaam", gebruiker.gebruikersnaam())
                .param("naam", gebruiker.naam())
                .param("organisatie", gebruiker.organisatie())
                .param(
                        "aanbieder",
                        gebruiker.aanbieder() == null
                                ? null
                                : gebruiker.aanbieder().value())
                .param("actief", actief)
                .update();
        if (gewijzigd == 0) {
            throw new NietGevonden("Gebruiker " + gebruiker.gebruikersnaam() + " bestaat niet");
        }
        jdbc.sql("delete from beveiliging.gebruiker_rol where gebruikersnaam = :naam")
                .param("naam", gebruiker.gebruikersnaam())
                .update();
        jdbc.sql("delete from beveiliging.gebruiker_gemeente where gebruikersnaam = :naam")
                .param("naam", gebruiker.gebruikersnaam())
                .update();
        schrijfScope(gebruiker);
    }

    @Transactional
    void zetWachtwoord(String gebruikersnaam, String wachtwoord) {
        int gewijzigd = jdbc.sql(
                        "update beveiliging.gebruiker set wachtwoord = :wachtwoord where gebruikersnaam = :naam")
                .param("naam", gebruikersnaam)
                .param("wachtwoord", passwordEncoder.encode(wachtwoord))
                .update();
        if (gewijzigd == 0) {
            throw new NietGevonden("Gebruiker " + gebruikersnaam + " bestaat niet");
        }
    }

    private static void controleer(Gebruiker gebruiker) {
        List<OngeldigeParameter> fouten = scopefouten(gebruiker);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    private void schrijfScope(Gebruiker gebruiker) {
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
