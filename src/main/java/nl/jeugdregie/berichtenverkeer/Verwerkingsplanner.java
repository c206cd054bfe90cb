package nl.jeugdregie.berichtenverkeer;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Works through the received messages: right after a message is stored (an event, kept in the
 * event publication registry until handled) and, as a safety net, every few seconds for whatever is
 * still waiting, for instance after a restart. Several nodes can do this at once: each message is
 * claimed with FOR UPDATE SKIP LOCKED.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class Verwerkingsplanner {

    private static final Logger log = LoggerFactory.getLogger(Verwerkingsplanner.class);

    private final Berichtverwerking verwerking;
    private final BerichtRepository opslag;
    private final boolean automatisch;

    Verwerkingsplanner(
            Berichtverwerking verwerking,
            BerichtRepository opslag,
            @Value("${jeugdregie.berichtenverkeer.automatisch:true}") boolean automatisch) {
        this.verwerking = verwerking;
        this.opslag = opslag;
        this.automatisch = automatisch;
    }

    @ApplicationModuleListener
    void bijOntvangst(BerichtOntvangen ontvangen) {
        if (automatisch) {
            verwerkVeilig(ontvangen.id());
        }
    }

    @Scheduled(
            fixedDelayString = "${jeugdregie.berichtenverkeer.interval:PT5S}",
            initialDelayString = "${jeugdregie.berichtenverkeer.interval:PT5S}")
    void periodiek() {
        if (automatisch) {
            verwerkWachtende();
        }
    }

    /** Processes every waiting message, each in its own transaction; answers how many it processed. */
    int verwerkWachtende() {
        int aantal = 0;
        for (UUID id : opslag.wachtend()) {
            if (verwerkVeilig(id)) {
                aantal++;
            }
        }
        return aantal;
    }

    /**
     * Processes one message as the platform: whoever submitted it or started this run, no user is signed in while it
     * is processed, so every change and every toegangslog entry is the platform's own.
     */
    private boolean verwerkVeilig(UUID id) {
        SecurityContext aanroeper = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return verwerking.verwerk(id);
        } catch (RuntimeException fout) {
            log.error("Verwerking van bericht {} mislukt; wordt later opnieuw geprobeerd", id, fout);
            verwerking.registreerMislukking(id);
            return false;
        } finally {
            SecurityContextHolder.setContext(aanroeper);
        }
    }
}
