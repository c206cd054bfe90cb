package nl.jeugdregie.inkoop;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs imports in the background, one at a time in the order they were started, so that a page or an API client can
 * follow the progress and read the report of every line afterwards. An import still runs in one transaction: a file
 * that is refused or fails stores nothing. Imports run as the user who started them.
 *
 * <p>The tasks live in memory on the instance that runs them: the last {@value #BEWAARD} imports, each for at most
 * {@link #BEWAARTIJD}. A restart forgets the reports, never the imported data.
 */
@Service
public class Importen {

    static final int BEWAARD = 20;
    static final Duration BEWAARTIJD = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(Importen.class);

    private final WachttijdImportService wachttijden;
    private final ProductService producten;
    private final Inkooprechten toegang;
    private final Clock clock;
    private final Map<UUID, Importtaak> taken = new LinkedHashMap<>();
    private final ThreadPoolTaskExecutor uitvoerder = new ThreadPoolTaskExecutor();

    Importen(WachttijdImportService wachttijden, ProductService producten, Inkooprechten toegang, Clock clock) {
        this.wachttijden = wachttijden;
        this.producten = producten;
        this.toegang = toegang;
        this.clock = clock;
        uitvoerder.setCorePoolSize(1);
        uitvoerder.setMaxPoolSize(1);
        uitvoerder.setThreadNamePrefix("inkoop-import-");
        uitvoerder.initialize();
    }

    /** Starts the import of the file and returns at once; the task reports its progress. */
    public Importtaak start(Importsoort soort, byte[] bestand, boolean proef) {
        OffsetDateTime nu = OffsetDateTime.now(clock);
        Importtaak taak = new Importtaak(UUID.randomUUID(), soort, proef, toegang.gebruikersnaam(), nu);
        bewaar(taak, nu);
        SecurityContext gebruiker = SecurityContextHolder.createEmptyContext();
        gebruiker.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        uitvoerder.execute(new DelegatingSecurityContextRunnable(() -> voerUit(taak, bestand), gebruiker));
        return taak;
    }

    public Optional<Importtaak> taak(UUID id) {
        synchronized (taken) {
            return Optional.ofNullable(taken.get(id));
        }
    }

    private void voerUit(Importtaak taak, byte[] bestand) {
        try {
            switch (taak.soort()) {
                case WACHTTIJDEN -> wachttijden.importeer(bestand, taak.verslag());
                case PRODUCTCODELIJST -> producten.importeerLijst(bestand, taak.verslag());
            }
            taak.klaar(OffsetDateTime.now(clock));
        } catch (OngeldigeInvoer e) {
            taak.geweigerd(
                    "Het bestand is niet ingelezen, er is niets opgeslagen: "
                            + e.parameters().stream()
                                    .limit(10)
                                    .map(Importen::tekst)
                                    .collect(Collectors.joining("; ")),
                    OffsetDateTime.now(clock));
        } catch (Conflict e) {
            taak.geweigerd(
                    "Het bestand is niet ingelezen, er is niets opgeslagen: " + e.getMessage(),
                    OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            log.error("Import {} van {} mislukt", taak.id(), taak.soort(), e);
            taak.mislukt(
                    "Het inlezen is mislukt door een fout in het systeem; er is niets opgeslagen. Probeer het later"
                            + " opnieuw of meld het aan de beheerder.",
                    OffsetDateTime.now(clock));
        }
    }

    /** Keeps the task, forgetting finished ones beyond the last {@value #BEWAARD} or older than a day. */
    private void bewaar(Importtaak taak, OffsetDateTime nu) {
        synchronized (taken) {
            taken.values()
                    .removeIf(
                            t -> !t.isBezig() && t.gestartOp().plus(BEWAARTIJD).isBefore(nu));
            var oudste = taken.values().iterator();
            while (taken.size() >= BEWAARD && oudste.hasNext()) {
                if (!oudste.next().isBezig()) {
                    oudste.remove();
                }
            }
            taken.put(taak.id(), taak);
        }
    }

    private static String tekst(OngeldigeParameter parameter) {
        return parameter.name().startsWith("regel") ? parameter.name() + ": " + parameter.reason() : parameter.reason();
    }

    @PreDestroy
    void stop() {
        uitvoerder.shutdown();
    }
}
