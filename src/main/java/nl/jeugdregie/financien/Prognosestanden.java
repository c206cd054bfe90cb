package nl.jeugdregie.financien;

import java.time.Clock;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly standen of the prognose: the first prognose computed in a month (on a view, or by {@link
 * Prognosestandplanner} early in the month) is kept as that month's stand and never changed, so the next month shows
 * how the prognose moved since.
 */
@Component
class Prognosestanden {

    private static final Logger log = LoggerFactory.getLogger(Prognosestanden.class);

    private final PrognosestandRepository repository;
    private final TransactionTemplate eigenTransactie;
    private final Clock clock;

    Prognosestanden(PrognosestandRepository repository, PlatformTransactionManager transacties, Clock clock) {
        this.repository = repository;
        this.eigenTransactie = new TransactionTemplate(transacties);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Keeps {@code beeld} as the stand of the month of its peildatum unless one was kept, in a transaction of its own (a
     * view reads in a read-only one). Failing to keep it must not fail the view that computed it: it is logged, and the
     * next view or the job tries again. Answers whether this call kept it.
     */
    boolean houdBij(Financieelbeeld beeld) {
        // Every view after the first of the month finds its stand: it reads, and opens no writing transaction.
        if (repository.bestaat(beeld.gemeente(), beeld.jaar(), YearMonth.from(beeld.peildatum()))) {
            return false;
        }
        Prognosestand stand = Prognosestand.van(beeld, clock.instant());
        try {
            return Boolean.TRUE.equals(eigenTransactie.execute(s -> repository.bewaar(stand)));
        } catch (DataAccessException e) {
            log.warn(
                    "Stand van de prognose van {} {} voor {} niet bewaard: {}",
                    beeld.gemeente(),
                    beeld.jaar(),
                    stand.maand(),
                    e.getMessage());
            return false;
        }
    }

    /** The movement since the stand of the month before the peildatum of {@code beeld}. */
    Prognoseverloop verloop(Financieelbeeld beeld) {
        YearMonth vorigeMaand = YearMonth.from(beeld.peildatum()).minusMonths(1);
        Prognosestand huidige = Prognosestand.van(beeld, clock.instant());
        return repository
                .stand(beeld.gemeente(), beeld.jaar(), vorigeMaand)
                .map(vorige -> Prognoseverloop.tussen(vorige, huidige))
                .orElseGet(() -> Prognoseverloop.onbekend(vorigeMaand));
    }
}
