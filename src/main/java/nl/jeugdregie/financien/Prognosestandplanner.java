package nl.jeugdregie.financien;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the month's stand of the prognose of every gemeente of the region early each month, also when nobody looks:
 * every night (by default at 01:30 Dutch time) for the gemeenten that have no stand of this month yet, so the first
 * night of a month does the work and a node that was down that night catches up the next. The current year, and in
 * December also the next, so January can show how next year's prognose moved. Safe on several nodes at once: each
 * stand is one {@code insert ... on conflict do nothing}, one insert wins.
 */
@Component
class Prognosestandplanner {

    private static final Logger log = LoggerFactory.getLogger(Prognosestandplanner.class);

    private final FinancienService financien;
    private final Prognosestanden standen;
    private final PrognosestandRepository repository;
    private final Financienrechten rechten;
    private final Clock clock;
    private final boolean aan;

    Prognosestandplanner(
            FinancienService financien,
            Prognosestanden standen,
            PrognosestandRepository repository,
            Financienrechten rechten,
            Clock clock,
            @Value("${jeugdregie.financien.prognosestand.aan:true}") boolean aan) {
        this.financien = financien;
        this.standen = standen;
        this.repository = repository;
        this.rechten = rechten;
        this.clock = clock;
        this.aan = aan;
    }

    @Scheduled(cron = "${jeugdregie.financien.prognosestand.tijdstip:0 30 1 * * *}", zone = "Europe/Amsterdam")
    void periodiek() {
        if (aan) {
            try {
                houdStandenBij();
            } catch (DataAccessException e) {
                log.warn("Maandelijkse standen van de prognose niet bijgehouden: {}", e.getMessage());
            }
        }
    }

    /** Keeps this month's stand of every gemeente of the region that has none; answers how many it kept. */
    int houdStandenBij() {
        LocalDate vandaag = LocalDate.now(clock);
        YearMonth maand = YearMonth.from(vandaag);
        List<Integer> jaren = new ArrayList<>(List.of(vandaag.getYear()));
        if (vandaag.getMonthValue() == 12) {
            jaren.add(vandaag.getYear() + 1);
        }
        int bewaard = 0;
        for (int jaar : jaren) {
            for (var gemeente : repository.zonderStand(rechten.regiogemeenten(vandaag), jaar, maand)) {
                if (standen.houdBij(financien.bereken(gemeente, jaar))) {
                    bewaard++;
                }
            }
        }
        return bewaard;
    }
}
