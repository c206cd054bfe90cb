package nl.jeugdregie.beveiliging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.regio.RegioService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Answers what the signed-in user may see. Every module asks here before it reads or changes data
 * scoped to a gemeente or an aanbieder, on pages and in the API alike.
 *
 * <p>Defence in depth, whatever the user store or an identity provider's token says: a combination of
 * roles that is not allowed ({@link Rolcombinaties}) grants no role at all, and a gemeente outside the
 * platform's region ({@code jeugdregie.regio}) is never part of the user's scope.
 */
@Service
public class Autorisatie {

    private final GebruikerBron gebruikerBron;
    private final RegioService regioService;
    private final Clock clock;

    Autorisatie(GebruikerBron gebruikerBron, RegioService regioService, Clock clock) {
        this.gebruikerBron = gebruikerBron;
        this.regioService = regioService;
        this.clock = clock;
    }

    /**
     * The signed-in user, if any, with the roles and scope the platform grants: no roles for a
     * forbidden combination, only gemeenten of the platform's region.
     */
    public Optional<Gebruiker> huidigeGebruiker() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return gebruikerBron.uit(authentication).map(this::binnenDeRegels);
    }

    Gebruiker binnenDeRegels(Gebruiker gebruiker) {
        Set<Rol> rollen = Rolcombinaties.geldig(gebruiker.rollen());
        Set<GemeenteCode> gemeenten = gebruiker.gemeenten();
        if (!gemeenten.isEmpty()) {
            Set<GemeenteCode> regio = regioService.gemeentenVanPlatformregio(LocalDate.now(clock));
            gemeenten = gemeenten.stream().filter(regio::contains).collect(Collectors.toSet());
        }
        if (rollen.equals(gebruiker.rollen()) && gemeenten.equals(gebruiker.gemeenten())) {
            return gebruiker;
        }
        return new Gebruiker(
                gebruiker.gebruikersnaam(),
                gebruiker.naam(),
                gebruiker.organisatie(),
                rollen,
                gemeenten,
                gebruiker.aanbieder());
    }

    /** The signed-in user; throws {@link NietGeautoriseerd} when nobody is signed in. */
    public Gebruiker vereisGebruiker() {
        return huidigeGebruiker().orElseThrow(() -> new NietGeautoriseerd("Niet ingelogd"));
    }

    /**
     * The gemeenten whose personal data the user may see: TOEGANG its own gemeenten; BACKOFFICE and
     * BEHEERDER every gemeente of the region; other roles none (INKOOP, ANALIST and AANBIEDER work
     * with contracts, aggregates or their own clients, never with a gemeente's case files).
     */
    public Set<GemeenteCode> zichtbareGemeenten() {
        return huidigeGebruiker().map(this::zichtbareGemeenten).orElse(Set.of());
    }

    /** The gemeenten of a user already held to the rules by {@link #binnenDeRegels}. */
    private Set<GemeenteCode> zichtbareGemeenten(Gebruiker gebruiker) {
        if (gebruiker.heeftRol(Rol.BACKOFFICE) || gebruiker.heeftRol(Rol.BEHEERDER)) {
            return regioService.gemeentenVanPlatformregio(LocalDate.now(clock));
        }
        if (gebruiker.heeftRol(Rol.TOEGANG)) {
            return gebruiker.gemeenten();
        }
        return Set.of();
    }

    public boolean magGemeenteZien(GemeenteCode gemeente) {
        return zichtbareGemeenten().contains(gemeente);
    }

    /** Throws {@link NietGeautoriseerd} unless the user may see data of this gemeente. */
    public void vereisGemeente(GemeenteCode gemeente) {
        if (!magGemeenteZien(gemeente)) {
            throw new NietGeautoriseerd("Geen toegang tot gegevens van gemeente " + gemeente);
        }
    }

    /**
     * Whether the user may see data of this aanbieder: an AANBIEDER only its own AGB code; the
     * regional roles (BACKOFFICE, INKOOP, BEHEERDER) every aanbieder; TOEGANG every aanbieder's public
     * data (waiting times, products), which modules decide for themselves.
     */
    public boolean magAanbiederZien(AgbCode aanbieder) {
        return huidigeGebruiker()
                .map(g -> g.heeftRol(Rol.AANBIEDER)
                        ? aanbieder.equals(g.aanbieder())
                        : g.heeftRol(Rol.BACKOFFICE) || g.heeftRol(Rol.INKOOP) || g.heeftRol(Rol.BEHEERDER))
                .orElse(false);
    }

    /** Throws {@link NietGeautoriseerd} unless the user may see data of this aanbieder. */
    public void vereisAanbieder(AgbCode aanbieder) {
        if (!magAanbiederZien(aanbieder)) {
            throw new NietGeautoriseerd("Geen toegang tot gegevens van aanbieder " + aanbieder);
        }
    }
}
