package nl.jeugdregie.inkoop;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly budget ceilings per aanbieder and the commitments against them. Modules that commit money
 * (a toewijzing, a beschikking) register their committed amount by reference with
 * {@link #registreerVerplichting} and get the resulting {@link Budgetstand} with its warning back;
 * {@link #toets} answers what a new commitment would do without storing it.
 */
@Service
public class BudgetService {

    private final BudgetRepository repository;
    private final AanbiederService aanbieders;
    private final Clock clock;

    BudgetService(BudgetRepository repository, AanbiederService aanbieders, Clock clock) {
        this.repository = repository;
        this.aanbieders = aanbieders;
        this.clock = clock;
    }

    /** Sets (or replaces) the ceiling of an aanbieder for a year; signalled from {@code signaleringsgrens}%. */
    @Transactional
    public Budgetstand stelPlafondIn(AgbCode agb, int jaar, Bedrag plafond, int signaleringsgrens) {
        if (plafond.isNegatief()) {
            throw new OngeldigeInvoer("plafond", "Een budgetplafond kan niet negatief zijn");
        }
        if (signaleringsgrens < 1 || signaleringsgrens > 100) {
            throw new OngeldigeInvoer("signaleringsgrens", "De signaleringsgrens ligt tussen 1 en 100 procent");
        }
        if (jaar < 2015 || jaar > 2100) {
            throw new OngeldigeInvoer("jaar", "Jaar ligt tussen 2015 en 2100");
        }
        repository.stelPlafondIn(aanbieders.id(agb), jaar, plafond, signaleringsgrens);
        return budgetstand(agb, jaar).orElseThrow();
    }

    /** The stand of a year; empty when the aanbieder has no ceiling that year. */
    public Optional<Budgetstand> budgetstand(AgbCode agb, int jaar) {
        return repository.budgetstand(agb, jaar);
    }

    /** Every year with a ceiling for this aanbieder, latest first. */
    public List<Budgetstand> budgetstanden(AgbCode agb) {
        return repository.budgetstanden(agb);
    }

    /** Every ceiling of a year that needs attention (approaching or exceeded), for the inkoop overview. */
    public List<Budgetstand> signaleringen(int jaar) {
        return repository.budgetstanden(jaar).stream()
                .filter(Budgetstand::vraagtAandacht)
                .toList();
    }

    /**
     * Registers (or replaces) the amount committed by {@code bron} under {@code referentie} for an
     * aanbieder and year, e.g. bron "TOEWIJZING" and the toewijzing's number. Returns the stand after
     * registration; empty when the aanbieder has no ceiling that year (nothing to warn about).
     */
    @Transactional
    public Optional<Budgetstand> registreerVerplichting(
            AgbCode agb, int jaar, String bron, String referentie, Bedrag bedrag) {
        if (bedrag.isNegatief()) {
            throw new OngeldigeInvoer("bedrag", "Een verplichting kan niet negatief zijn");
        }
        repository.registreerVerplichting(
                aanbieders.id(agb), jaar, bron, referentie, bedrag, OffsetDateTime.now(clock));
        return budgetstand(agb, jaar);
    }

    /** Withdraws a registered commitment (e.g. a toewijzing that was withdrawn). */
    @Transactional
    public void trekVerplichtingIn(String bron, String referentie) {
        repository.trekVerplichtingIn(bron, referentie);
    }

    /** What the stand would be with {@code extra} committed on top; nothing is stored. */
    public Optional<Budgetstand> toets(AgbCode agb, int jaar, Bedrag extra) {
        return budgetstand(agb, jaar)
                .map(stand -> new Budgetstand(
                        stand.agb(),
                        stand.jaar(),
                        stand.plafond(),
                        stand.verplicht().plus(extra),
                        stand.signaleringsgrens()));
    }
}
