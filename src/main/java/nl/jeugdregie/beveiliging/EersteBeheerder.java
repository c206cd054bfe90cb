package nl.jeugdregie.beveiliging;

import java.util.Set;
import nl.jeugdregie.platform.Demomodus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, an empty user store gets its first BEHEERDER from {@code
 * jeugdregie.beheerder.wachtwoord} (set it once, e.g. as an environment variable, then remove it);
 * that BEHEERDER adds everyone else on the page {@code /beheer/gebruikers}.
 */
@Component
class EersteBeheerder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EersteBeheerder.class);

    private final Demomodus demomodus;
    private final LokaleGebruikers gebruikers;
    private final String wachtwoord;

    EersteBeheerder(
            Demomodus demomodus,
            LokaleGebruikers gebruikers,
            @Value("${jeugdregie.beheerder.wachtwoord:}") String wachtwoord) {
        this.demomodus = demomodus;
        this.gebruikers = gebruikers;
        this.wachtwoord = wachtwoord;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demomodus.isAan() || !gebruikers.isLeeg()) {
            return;
        }
        if (wachtwoord.length() < GebruikerFormulier.MINIMALE_WACHTWOORDLENGTE) {
            log.warn(
                    "Er zijn nog geen gebruikers. Zet jeugdregie.beheerder.wachtwoord (ten minste {} tekens) om de"
                            + " eerste beheerder 'beheerder' aan te maken.",
                    GebruikerFormulier.MINIMALE_WACHTWOORDLENGTE);
            return;
        }
        gebruikers.voegToe(
                new Gebruiker("beheerder", "Beheerder", "Regio", Set.of(Rol.BEHEERDER), Set.of(), null), wachtwoord);
        log.info(
                "Eerste beheerder 'beheerder' aangemaakt; verwijder jeugdregie.beheerder.wachtwoord uit de configuratie.");
    }
}
