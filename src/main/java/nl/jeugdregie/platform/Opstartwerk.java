package nl.jeugdregie.platform;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets a shutdown wait for the work of the start. The web server already answers while the
 * application runners (the demo data of the modules, the first beheerder) still write to the database
 * on the main thread; a SIGTERM in that moment would close the connection pool under them. Closing a
 * context that {@code SpringApplication} runs therefore first waits, at most {@link #WACHTTIJD}, until
 * every runner has run (the application is ready) or the start has failed, or the thread of the start
 * has ended; then the web server, the executors, the pool and finally the embedded PostgreSQL stop in
 * that order.
 */
@Component
class Opstartwerk {

    private static final Logger log = LoggerFactory.getLogger(Opstartwerk.class);
    static final Duration WACHTTIJD = Duration.ofSeconds(60);

    private final ApplicationContext context;
    private final Thread opstartdraad = Thread.currentThread();
    private final CountDownLatch klaar = new CountDownLatch(1);

    Opstartwerk(ApplicationContext context) {
        this.context = context;
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
    void runnersKlaar() {
        klaar.countDown();
    }

    @EventListener
    void afsluiten(ContextClosedEvent event) throws InterruptedException {
        if (event.getApplicationContext() != context
                || klaar.getCount() == 0
                || Thread.currentThread() == opstartdraad
                || context.getBeanProvider(ApplicationArguments.class).getIfAvailable() == null) {
            return;
        }
        log.info("Afsluiten wacht tot het werk van de start klaar is");
        long tot = System.nanoTime() + WACHTTIJD.toNanos();
        while (!klaar.await(100, TimeUnit.MILLISECONDS)) {
            if (!opstartdraad.isAlive()) {
                return;
            }
            if (System.nanoTime() > tot) {
                log.warn("Het werk van de start was na {} niet klaar; de applicatie stopt toch", WACHTTIJD);
                return;
            }
        }
    }
}
