package nl.jeugdregie.beveiliging;

import java.util.List;
import java.util.Set;
import nl.jeugdregie.platform.Demomodus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, an empty user store gets its first BEHEERDER from {@code
 * jeugdregie.beheerder.wachtwoord} (set it once, e.g. as an environment variable, then remove it);
 * that BEHEERDER adds everyone else on the page {@code /beheer/gebruikers}. A password that fails the
 * password policy stops the start with the reason.
 */
@Component
class EersteBeheerder implements ApplicationRunner {

    static final String GEBRUIKERSNAAM = "beheerder";
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
        if (wachtwoord.isEmpty()) {
            log.warn(
                    "Er zijn nog geen gebruikers. Zet jeugdregie.beheerder.wachtwoord (ten minste {} tekens, moeilijk te"
                            + " raden) om de eerste beheerder '{}' aan te maken.",
                    Wachtwoordbeleid.MINIMALE_LENGTE,
                    GEBRUIKERSNAAM);
            return;
        }
        Gebruiker beheerder =
                new Gebruiker(GEBRUIKERSNAAM, "Beheerder", "Regio", Set.of(Rol.BEHEERDER), Set.of(), null);
        List<String> bezwaren = gebruikers.wachtwoordbezwaren(beheerder, wachtwoord);
        if (!bezwaren.isEmpty()) {
            throw new ZwakWachtwoord(bezwaren);
        }
        gebruikers.voegToe(beheerder, wachtwoord);
        log.info(
                "Eerste beheerder '{}' aangemaakt; verwijder jeugdregie.beheerder.wachtwoord uit de configuratie.",
                GEBRUIKERSNAAM);
    }

    /** The configured password of the first beheerder fails the password policy. */
    static final class ZwakWachtwoord extends IllegalStateException {
        private final List<String> bezwaren;

        ZwakWachtwoord(List<String> bezwaren) {
            super("jeugdregie.beheerder.wachtwoord is niet sterk genoeg: " + String.join(" ", bezwaren));
            this.bezwaren = List.copyOf(bezwaren);
        }

        List<String> bezwaren() {
            return bezwaren;
        }
    }

    /** Turns a weak first password into one clear message at start instead of a stack trace. */
    static final class ZwakWachtwoordAnalyse extends AbstractFailureAnalyzer<ZwakWachtwoord> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, ZwakWachtwoord oorzaak) {
            return new FailureAnalysis(
                    "Het wachtwoord in jeugdregie.beheerder.wachtwoord is niet sterk genoeg voor de eerste beheerder: "
                            + String.join(" ", oorzaak.bezwaren())
                            + "\nThe first beheerder's password is too weak; Jeugdregie does not start with it.",
                    "Kies een sterker wachtwoord (ten minste " + Wachtwoordbeleid.MINIMALE_LENGTE + " tekens, niet af"
                            + " te leiden van 'beheerder', het platform of de regio; bijvoorbeeld vier losse woorden)"
                            + " en start opnieuw.",
                    oorzaak);
        }
    }
}
