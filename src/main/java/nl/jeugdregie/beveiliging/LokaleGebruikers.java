package nl.jeugdregie.beveiliging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.regio.Jeugdregio;
import nl.jeugdregie.regio.RegioService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local user store in schema {@code beveiliging}; passwords are stored hashed only. Every change
 * of rights or password raises the user's security version, which open sessions compare on each
 * request ({@link Sessiecontrole}).
 */
@Component
class LokaleGebruikers implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Wachtwoordbeleid wachtwoordbeleid;
    private final RegioService regioService;
    private final Clock clock;

    LokaleGebruikers(
            JdbcClient jdbc,
            PasswordEncoder passwordEncoder,
            Wachtwoordbeleid wachtwoordbeleid,
            RegioService regioService,
            Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.wachtwoordbeleid = wachtwoordbeleid;
        this.regioService = regioService;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        return vind(gebruikersnaam.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker"));
    }

    Optional<LokaleGebruiker> vind(String gebruikersnaam) {
        record Rij(
                String gebruikersnaam,
                String naam,
                String organisatie,
                String wachtwoord,
                boolean actief,
                String aanbieder,
                long versie,
                long wachtwoordversie) {}
        return jdbc.sql("""
                        select gebruikersnaam, naam, organisatie, wachtwoord, actief, aanbieder, versie,
                               wachtwoordversie
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
                        rij.actief(),
                        rij.versie(),
                        rij.wachtwoordversie()));
    }

    /** The current security version of a user (a primary-key lookup), empty when the user is gone. */
    Optional<Long> versie(String gebruikersnaam) {
        return jdbc.sql("select versie from beveiliging.gebruiker where gebruikersnaam = :naam")
                .param("naam", gebruikersnaam)
                .query(Long.class)
                .optional();
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
     * What is wrong with this user's role and scope, as invalid fields: roles that may not be held
     * together ({@link Rolcombinaties}); a TOEGANG user needs at least one gemeente, all of the
     * platform's region; an AANBIEDER user exactly one AGB code and nobody else an AGB code.
     */
    List<OngeldigeParameter> scopefouten(Gebruiker gebruiker) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        if (gebruiker.rollen().isEmpty()) {
            fouten.add(new OngeldigeParameter("rollen", "Kies ten minste één rol"));
        }
        Rolcombinaties.bezwaren(gebruiker.rollen())
                .forEach(bezwaar -> fouten.add(new OngeldigeParameter("rollen", bezwaar)));
        if (gebruiker.heeftRol(Rol.TOEGANG) && gebruiker.gemeenten().isEmpty()) {
            fouten.add(new OngeldigeParameter("gemeenten", "Een medewerker toegang hoort bij ten minste één gemeente"));
        }
        if (!gebruiker.heeftRol(Rol.TOEGANG) && !gebruiker.gemeenten().isEmpty()) {
            fouten.add(
                    new OngeldigeParameter("gemeenten", "Alleen een medewerker toegang wordt aan gemeenten gekoppeld"));
        }
        fouten.addAll(buitenDeRegio(gebruiker.gemeenten()));
        if (gebruiker.heeftRol(Rol.AANBIEDER) && gebruiker.aanbieder() == null) {
            fouten.add(new OngeldigeParameter("aanbieder", "Een aanbieder-gebruiker hoort bij precies één AGB-code"));
        }
        if (!gebruiker.heeftRol(Rol.AANBIEDER) && gebruiker.aanbieder() != null) {
            fouten.add(new OngeldigeParameter("aanbieder", "Alleen een aanbieder-gebruiker heeft een AGB-code"));
        }
        return fouten;
    }

    /** One invalid field per gemeente that is not part of the platform's region today. */
    private List<OngeldigeParameter> buitenDeRegio(Set<GemeenteCode> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        Set<GemeenteCode> regio = regioService.gemeentenVanPlatformregio(LocalDate.now(clock));
        String regionaam = regioService
                .jeugdregio(regioService.platformregio())
                .map(Jeugdregio::naam)
                .orElse(regioService.platformregio());
        List<OngeldigeParameter> fouten = new ArrayList<>();
        for (GemeenteCode gemeente : gemeenten) {
            if (!regio.contains(gemeente)) {
                String naam = regioService
                        .gemeente(gemeente)
                        .map(g -> "Gemeente " + g.naam() + " (" + g.code() + ")")
                        .orElse("Gemeentecode " + gemeente + " (onbekende gemeente)");
                fouten.add(new OngeldigeParameter(
                        "gemeenten",
                        naam + " hoort niet bij de regio " + regionaam
                                + " van dit platform. Kies alleen gemeenten van de eigen regio."));
            }
        }
        return fouten;
    }

    /** Adds a user; the password must meet {@link Wachtwoordbeleid} and is hashed before it is stored. */
    @Transactional
    void voegToe(Gebruiker gebruiker, String wachtwoord) {
        controleer(gebruiker);
        controleerWachtwoord(gebruiker, wachtwoord);
        schrijfNieuw(gebruiker, wachtwoord);
    }

    /**
     * Adds a demo user with the known demo password, which the password policy would refuse. Only
     * {@link DemoGebruikers} calls this, in demo mode.
     */
    @Transactional
    void voegDemogebruikerToe(Gebruiker gebruiker, String demowachtwoord) {
        controleer(gebruiker);
        schrijfNieuw(gebruiker, demowachtwoord);
    }

    private void schrijfNieuw(Gebruiker gebruiker, String wachtwoord) {
        if (vind(gebruiker.gebruikersnaam()).isPresent()) {
            throw bestaatAl(gebruiker.gebruikersnaam());
        }
        try {
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
        } catch (DuplicateKeyException e) {
            // created at the same moment by another request: the primary key decides
            throw bestaatAl(gebruiker.gebruikersnaam());
        }
        schrijfScope(gebruiker);
    }

    private static Conflict bestaatAl(String gebruikersnaam) {
        return new Conflict("Gebruiker " + gebruikersnaam + " bestaat al. Kies een andere gebruikersnaam of wijzig"
                + " de bestaande gebruiker.");
    }

    /**
     * Changes name, organisation, roles, scope and whether the user may log in, and raises the
     * security version: open sessions of the user pick up the new roles and scope at their next
     * request, or end when the user may no longer log in.
     */
    @Transactional
    void wijzig(Gebruiker gebruiker, boolean actief) {
        controleer(gebruiker);
        int gewijzigd = jdbc.sql("""
                        update beveiliging.gebruiker
                        set naam = :naam, organisatie = :organisatie, aanbieder = :aanbieder, actief = :actief,
                            versie = versie + 1
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

    /**
     * Sets a new password that meets {@link Wachtwoordbeleid} and raises the security and password
     * versions: every open session of the user ends at its next request.
     */
    @Transactional
    void zetWachtwoord(String gebruikersnaam, String wachtwoord) {
        LokaleGebruiker lokaal = vind(gebruikersnaam)
                .orElseThrow(() -> new NietGevonden("Gebruiker " + gebruikersnaam + " bestaat niet"));
        controleerWachtwoord(lokaal.gebruiker(), wachtwoord);
        jdbc.sql("""
                        update beveiliging.gebruiker
                        set wachtwoord = :wachtwoord, versie = versie + 1, wachtwoordversie = wachtwoordversie + 1
                        where gebruikersnaam = :naam""")
                .param("naam", gebruikersnaam)
                .param("wachtwoord", passwordEncoder.encode(wachtwoord))
                .update();
    }

    /** Whether this is the user's current password; a password over the bcrypt limit never is. */
    boolean isWachtwoord(LokaleGebruiker lokaal, String wachtwoord) {
        return passwordEncoder.matches(wachtwoord, lokaal.wachtwoord());
    }

    /** What {@link Wachtwoordbeleid} objects to in this password for this user. */
    List<String> wachtwoordbezwaren(Gebruiker gebruiker, String wachtwoord) {
        return wachtwoordbeleid.bezwaren(
                wachtwoord,
                new Wachtwoordbeleid.Persoon(gebruiker.gebruikersnaam(), gebruiker.naam(), gebruiker.organisatie()));
    }

    private void controleerWachtwoord(Gebruiker gebruiker, String wachtwoord) {
        List<String> bezwaren = wachtwoordbezwaren(gebruiker, wachtwoord);
        if (!bezwaren.isEmpty()) {
            throw new OngeldigeInvoer("wachtwoord", String.join(" ", bezwaren));
        }
    }

    private void controleer(Gebruiker gebruiker) {
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
