package nl.jeugdregie.beveiliging;

import java.util.Set;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Demomodus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of an empty database in demo mode, creates one demo user per role, all with
 * password {@code demo}. That password is exempt from the password policy because it is a demo: never
 * in production, where demo mode is off with an external database.
 */
@Component
class DemoGebruikers implements ApplicationRunner {

    static final String WACHTWOORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoGebruikers.class);

    private final Demomodus demomodus;
    private final LokaleGebruikers gebruikers;

    DemoGebruikers(Demomodus demomodus, LokaleGebruikers gebruikers) {
        this.demomodus = demomodus;
        this.gebruikers = gebruikers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demomodus.isAan() || !gebruikers.isLeeg()) {
            return;
        }
        GemeenteCode enschede = new GemeenteCode(Demomodus.DEMO_GEMEENTE);
        voegToe("beheerder", "Bea Beheer", "Regio", Rol.BEHEERDER, Set.of(), null);
        voegToe("backoffice", "Bram Backoffice", "Regionale backoffice", Rol.BACKOFFICE, Set.of(), null);
        voegToe("inkoop", "Ilse Inkoop", "Regionale inkoop", Rol.INKOOP, Set.of(), null);
        voegToe("analist", "Anouk Analist", "Regio, beleid", Rol.ANALIST, Set.of(), null);
        voegToe("toegang", "Tom Toegang", "Gemeente Enschede", Rol.TOEGANG, Set.of(enschede), null);
        gebruikers.voegDemogebruikerToe(
                new Gebruiker(
                        "aanbieder",
                        "Aisha Aanbieder",
                        "Demo Jeugdhulp",
                        Set.of(Rol.AANBIEDER, Rol.AANBIEDERBEHEER),
                        Set.of(),
                        new AgbCode(Demomodus.DEMO_AANBIEDER_AGB)),
                WACHTWOORD);
        log.warn("Demomodus: demo-gebruikers aangemaakt met wachtwoord 'demo'. Niet gebruiken met echte gegevens.");
    }

    private void voegToe(
            String gebruikersnaam, String naam, String organisatie, Rol rol, Set<GemeenteCode> gemeenten, AgbCode agb) {
        gebruikers.voegDemogebruikerToe(
                new Gebruiker(gebruikersnaam, naam, organisatie, Set.of(rol), gemeenten, agb), WACHTWOORD);
    }
}
