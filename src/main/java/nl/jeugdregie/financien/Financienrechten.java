package nl.jeugdregie.financien;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.beveiliging.Autorisatie;
import nl.jeugdregie.beveiliging.Gebruiker;
import nl.jeugdregie.beveiliging.NietGeautoriseerd;
import nl.jeugdregie.beveiliging.Rol;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.regio.RegioService;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes the money of which gemeente. BACKOFFICE, ANALIST and BEHEERDER see every gemeente of the region
 * (amounts are aggregates, without personal data); TOEGANG sees only its own gemeenten. Only BACKOFFICE and BEHEERDER
 * enter or change a begroting. The payment of declaraties is the work of BACKOFFICE and BEHEERDER, who see and mark
 * every gemeente of the region; TOEGANG reads its own gemeenten; ANALIST does not see it (it lists single prestaties
 * rather than aggregates).
 */
@Component
class Financienrechten {

    private final Autorisatie autorisatie;
    private final RegioService regio;
    private final Clock clock;

    Financienrechten(Autorisatie autorisatie, RegioService regio, Clock clock) {
        this.autorisatie = autorisatie;
        this.regio = regio;
        this.clock = clock;
    }

    /** The gemeenten the user may see, by code. */
    List<GemeenteCode> zichtbareGemeenten() {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        Set<GemeenteCode> regiogemeenten = regio.gemeentenVanPlatformregio(LocalDate.now(clock));
        Set<GemeenteCode> zichtbaar = gebruiker.heeftRol(Rol.BACKOFFICE)
                        || gebruiker.heeftRol(Rol.ANALIST)
                        || gebruiker.heeftRol(Rol.BEHEERDER)
                ? regiogemeenten
                : gebruiker.heeftRol(Rol.TOEGANG) ? autorisatie.zichtbareGemeenten() : Set.of();
        return zichtbaar.stream()
                .sorted(Comparator.comparing(GemeenteCode::value))
                .toList();
    }

    /** The gemeente, once it exists and the user may see it; 404 for an unknown one, 403 outside the scope. */
    GemeenteCode vereisLezen(GemeenteCode gemeente) {
        if (regio.gemeente(gemeente).isEmpty()) {
            throw new NietGevonden("Gemeente " + gemeente + " bestaat niet");
        }
        if (!zichtbareGemeenten().contains(gemeente)) {
            throw new NietGeautoriseerd("Geen toegang tot de financiën van gemeente " + gemeente);
        }
        return gemeente;
    }

    /** The gemeente, once the user may change its begroting; answers the user's name. */
    String vereisWijzigen(GemeenteCode gemeente) {
        return vereisBeheer(gemeente, "Alleen de backoffice en beheerders leggen een begroting vast");
    }

    /** The gemeenten whose declaraties the user may see for payment; refused for a role that has no part in it. */
    List<GemeenteCode> betalingGemeenten() {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        if (!beheert(gebruiker) && !gebruiker.heeftRol(Rol.TOEGANG)) {
            throw new NietGeautoriseerd("Alleen de backoffice, beheerders en toegang zien de betaling van declaraties");
        }
        return zichtbareGemeenten();
    }

    /** The gemeente, once the user may mark its declaraties as paid; answers the user's name. */
    String vereisBetalen(GemeenteCode gemeente) {
        return vereisBeheer(gemeente, "Alleen de backoffice en beheerders markeren een declaratie als betaald");
    }

    private String vereisBeheer(GemeenteCode gemeente, String melding) {
        vereisLezen(gemeente);
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        if (!beheert(gebruiker)) {
            throw new NietGeautoriseerd(melding);
        }
        return gebruiker.gebruikersnaam();
    }

    /**
     * Whether the user sees the verdeling of the whole region. BACKOFFICE, ANALIST and BEHEERDER do; TOEGANG sees the
     * rows of its own gemeenten with the region's totals per part, because another gemeente's realised cost is that
     * gemeente's figure while its own share can only be checked against the region's total and the key.
     */
    boolean zietHeleRegio() {
        return autorisatie
                .huidigeGebruiker()
                .map(g -> g.heeftRol(Rol.BACKOFFICE) || g.heeftRol(Rol.ANALIST) || g.heeftRol(Rol.BEHEERDER))
                .orElse(false);
    }

    /** The gemeenten of the region on {@code peildatum}, by code. */
    List<GemeenteCode> regiogemeenten(LocalDate peildatum) {
        return regio.gemeentenVanPlatformregio(peildatum).stream()
                .sorted(Comparator.comparing(GemeenteCode::value))
                .toList();
    }

    /** Once the user may change the verdeelsleutels of the region (BACKOFFICE, BEHEERDER); answers the user's name. */
    String vereisVerdelingWijzigen() {
        Gebruiker gebruiker = autorisatie.vereisGebruiker();
        if (!beheert(gebruiker)) {
            throw new NietGeautoriseerd("Alleen de backoffice en beheerders leggen de verdeelsleutels vast");
        }
        return gebruiker.gebruikersnaam();
    }

    private static boolean beheert(Gebruiker gebruiker) {
        return gebruiker.heeftRol(Rol.BACKOFFICE) || gebruiker.heeftRol(Rol.BEHEERDER);
    }

    /** The user's name, once the user may make a scenario for the gemeente: everyone who sees its money. */
    String vereisScenario(GemeenteCode gemeente) {
        vereisLezen(gemeente);
        return autorisatie.vereisGebruiker().gebruikersnaam();
    }

    /** Whether the user may delete a scenario made by {@code door}: its maker, BACKOFFICE and BEHEERDER. */
    boolean magScenarioVerwijderen(String door) {
        return autorisatie
                .huidigeGebruiker()
                .map(g -> beheert(g) || g.gebruikersnaam().equals(door))
                .orElse(false);
    }

    void vereisScenarioVerwijderen(String door) {
        if (!magScenarioVerwijderen(door)) {
            throw new NietGeautoriseerd(
                    "Alleen wie het scenario maakte, de backoffice en beheerders verwijderen een scenario");
        }
    }

    boolean magWijzigen() {
        return autorisatie.huidigeGebruiker().map(Financienrechten::beheert).orElse(false);
    }
}
