package nl.jeugdregie.inkoop;

import java.util.Optional;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.beveiliging.NietGeautoriseerd;
import nl.jeugdregie.beveiliging.Rol;
import nl.jeugdregie.kern.AgbCode;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may see and change in inkoop. The regional roles (INKOOP, BEHEERDER) see
 * and change everything; BACKOFFICE reads contracts and tariffs for its checks; TOEGANG, BACKOFFICE
 * and ANALIST read aanbieders, products and waiting times; an AANBIEDER sees only its own aanbieder,
 * contracts and waiting times and keeps its own waiting times.
 */
@Component
public class Inkooprechten {

    private final Autorisatie autorisatie;

    Inkooprechten(Autorisatie autorisatie) {
        this.autorisatie = autorisatie;
    }

    /** The name recorded as the author of a change. */
    public String gebruikersnaam() {
        return autorisatie.huidigeGebruiker().map(Gebruiker::gebruikersnaam).orElse("systeem");
    }

    public boolean isInkoop() {
        return autorisatie
                .huidigeGebruiker()
                .map(g -> g.heeftRol(Rol.INKOOP) || g.heeftRol(Rol.BEHEERDER))
                .orElse(false);
    }

    /**
     * The aanbieder the user is limited to: its own AGB code for an AANBIEDER without a regional
     * role, empty for everyone else. An AANBIEDER without an AGB code may see nothing.
     */
    public Optional<AgbCode> beperktTot() {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        boolean regionaal = gebruiker.rollen().stream().anyMatch(rol -> !rol.isVanEenAanbieder());
        if (!gebruiker.heeftRol(Rol.AANBIEDER) || regionaal) {
            return Optional.empty();
        }
        if (gebruiker.aanbieder() == null) {
            throw new NietGeautoriseerd("Gebruiker hoort bij geen aanbieder");
        }
        return Optional.of(gebruiker.aanbieder());
    }

    /** Aanbieder data readable by everyone in the region; an AANBIEDER reads only its own. */
    public void vereisInzageAanbieder(AgbCode agb) {
        beperktTot().filter(eigen -> !eigen.equals(agb)).ifPresent(eigen -> {
            throw new NietGeautoriseerd("Geen toegang tot gegevens van aanbieder " + agb);
        });
    }

    /** Contracts and tariffs: INKOOP, BEHEERDER and BACKOFFICE, or the AANBIEDER itself. */
    public void vereisInzageContracten(AgbCode agb) {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        boolean regio = gebruiker.heeftRol(Rol.INKOOP)
                || gebruiker.heeftRol(Rol.BEHEERDER)
                || gebruiker.heeftRol(Rol.BACKOFFICE);
        boolean eigen = gebruiker.heeftRol(Rol.AANBIEDER) && agb.equals(gebruiker.aanbieder());
        if (!regio && !eigen) {
            throw new NietGeautoriseerd("Geen toegang tot contracten van aanbieder " + agb);
        }
    }

    /** Every aanbieder's contracts at once: INKOOP, BEHEERDER and BACKOFFICE. */
    public void vereisInzageAlleContracten() {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        if (!gebruiker.heeftRol(Rol.INKOOP)
                && !gebruiker.heeftRol(Rol.BEHEERDER)
                && !gebruiker.heeftRol(Rol.BACKOFFICE)) {
            throw new NietGeautoriseerd("Geen toegang tot de contracten");
        }
    }

    /** Waiting times are kept by INKOOP and BEHEERDER, and by an AANBIEDER for its own AGB code. */
    public void vereisBeheerWachttijden(AgbCode agb) {
        vereisRegioOfEigen(agb, "U mag alleen de wachttijden van uw eigen organisatie bijhouden");
    }

    /** Progress on ontwikkelopgaven is reported by INKOOP and BEHEERDER, or by the aanbieder itself. */
    public void vereisRapportage(AgbCode agb) {
        vereisRegioOfEigen(agb, "U mag alleen over de afspraken van uw eigen organisatie rapporteren");
    }

    private void vereisRegioOfEigen(AgbCode agb, String melding) {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        boolean regio = gebruiker.heeftRol(Rol.INKOOP) || gebruiker.heeftRol(Rol.BEHEERDER);
        boolean eigen = gebruiker.heeftRol(Rol.AANBIEDER) && agb.equals(gebruiker.aanbieder());
        if (!regio && !eigen) {
            throw new NietGeautoriseerd(melding);
        }
    }
}
