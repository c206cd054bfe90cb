package nl.jeugdregie.sturing;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the read models from the views when they are empty while the other modules already hold data: the first start
 * after this module arrived, or after the read models were emptied to rebuild them. Runs in the background, a batch of
 * jeugdigen per transaction; the events that arrive meanwhile keep their own jeugdigen current (a lock per jeugdige
 * keeps the two apart).
 */
@Component
class Leesmodelherbouw {

    private static final Logger log = LoggerFactory.getLogger(Leesmodelherbouw.class);
    private static final int BATCH = 500;

    private final SturingRepository opslag;
    private final TransactionTemplate transactie;
    private final Clock clock;
    private final AtomicBoolean bezig = new AtomicBoolean();

    Leesmodelherbouw(SturingRepository opslag, PlatformTransactionManager transacties, Clock clock) {
        this.opslag = opslag;
        this.transactie = new TransactionTemplate(transacties);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        if (Boolean.TRUE.equals(transactie.execute(s -> opslag.leesmodelsLeegMaarBronnenNiet()))) {
            Thread draad = new Thread(this::herbouw, "sturing-herbouw");
            draad.setDaemon(true);
            draad.start();
        }
    }

    /** Rebuilds every read model from the views; answers false when a rebuild is already running. */
    boolean herbouw() {
        if (!bezig.compareAndSet(false, true)) {
            return false;
        }
        try {
            log.info("Leesmodellen van de sturingsinformatie worden opgebouwd");
            opslag.alleJeugdigenMetLevering(
                    BATCH, jeugdigen -> transactie.executeWithoutResult(s -> opslag.vernieuwJeugdigen(jeugdigen)));
            for (Long declaratie : opslag.alleDeclaraties()) {
                transactie.executeWithoutResult(s -> opslag.voegKostenToe(declaratie, clock.instant()));
            }
            transactie.executeWithoutResult(s -> {
                opslag.bijgewerkt(Leesmodellen.TRAJECTEN, clock.instant());
                opslag.bijgewerkt(Leesmodellen.KOSTEN, clock.instant());
            });
            log.info("Leesmodellen van de sturingsinformatie zijn opgebouwd");
            return true;
        } finally {
            bezig.set(false);
        }
    }
}
