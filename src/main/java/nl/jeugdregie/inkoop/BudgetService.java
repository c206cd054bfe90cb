package nl.jeugdregie.inkoop;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final AanbiederService aanbieders;
    private final Clock clock;

    BudgetService(JdbcClient jdbc, AanbiederService aanbieders, Clock clock) {
        this.jdbc = jdbc;
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
        jdbc.sql("""
                        insert into inkoop.budgetplafond (aanbieder_id, jaar, eurocent, signaleringsgrens)
                        values (:aanbieder, :jaar, :eurocent, :grens)
                        on conflict (aanbieder_id, jaar) do update
                        set eurocent = excluded.eurocent, signaleringsgrens = excluded.signaleringsgrens""")
                .param("aanbieder", aanbieders.id(agb))
                .param("jaar", jaar)
                .param("eurocent", plafond.eurocent())
                .param("grens", signaleringsgrens)
                .update();
        return budgetstand(agb, jaar).orElseThrow();
    }

    /** The stand of a year; empty when the aanbieder has no ceiling that year. */
    public Optional<Budgetstand> budgetstand(AgbCode agb, int jaar) {
        return jdbc.sql("""
                        select agb, jaar, plafond_eurocent, verplicht_eurocent, signaleringsgrens
                        from inkoop.v_budget where agb = :agb and jaar = :jaar""")
                .param("agb", agb.value())
                .param("jaar", jaar)
                .query((rs, i) -> new Budgetstand(
                        new AgbCode(rs.getString("agb")),
                        rs.getInt("jaar"),
                        new Bedrag(rs.getLong("plafond_eurocent")),
                        new Bedrag(rs.getLong("verplicht_eurocent")),
                        rs.getInt("signaleringsgrens")))
                .optional();
    }

    /** Every year with a ceiling for this aanbieder, latest first. */
    public List<Budgetstand> budgetstanden(AgbCode agb) {
        return jdbc
                .sql("select jaar from inkoop.v_budget where agb = :agb order by jaar desc")
                .param("agb", agb.value())
                .query(Integer.class)
                .list()
                .stream()
                .map(jaar -> budgetstand(agb, jaar).orElseThrow())
                .toList();
    }

    /** Every ceiling of a year that needs attention (approaching or exceeded), for the inkoop overview. */
    public List<Budgetstand> signaleringen(int jaar) {
        return jdbc
                .sql("select agb from inkoop.v_budget where jaar = :jaar order by aanbiedernaam")
                .param("jaar", jaar)
                .query(String.class)
                .list()
                .stream()
                .map(agb -> budgetstand(new AgbCode(agb), jaar).orElseThrow())
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
        jdbc.sql("""
                        insert into inkoop.budgetverplichting (aanbieder_id, jaar, bron, referentie, eurocent, geregistreerd_op)
                        values (:aanbieder, :jaar, :bron, :referentie, :eurocent, :nu)
                        on conflict (bron, referentie, jaar) do update
                        set eurocent = excluded.eurocent, geregistreerd_op = excluded.geregistreerd_op,
                            aanbieder_id = excluded.aanbieder_id""")
                .param("aanbieder", aanbieders.id(agb))
                .param("jaar", jaar)
                .param("bron", bron)
                .param("referentie", referentie)
                .param("eurocent", bedrag.eurocent())
                .param("nu", OffsetDateTime.now(clock))
                .update();
        return budgetstand(agb, jaar);
    }

    /** Withdraws a registered commitment (e.g. a toewijzing that was withdrawn). */
    @Transactional
    public void trekVerplichtingIn(String bron, String referentie) {
        jdbc.sql("delete from inkoop.budgetverplichting where bron = :bron and referentie = :referentie")
                .param("bron", bron)
                .param("referentie", referentie)
                .update();
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
