package nl.jeugdregie.inkoop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of budget ceilings and the commitments against them; stands are read from {@code inkoop.v_budget}. */
@Repository
class BudgetRepository {

    private static final String STAND =
            "select agb, jaar, plafond_eurocent, verplicht_eurocent, signaleringsgrens from inkoop.v_budget";

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void stelPlafondIn(long aanbiederId, int jaar, Bedrag plafond, int signaleringsgrens) {
        jdbc.sql("""
                        insert into inkoop.budgetplafond (aanbieder_id, jaar, eurocent, signaleringsgrens)
                        values (:aanbieder, :jaar, :eurocent, :grens)
                        on conflict (aanbieder_id, jaar) do update
                        set eurocent = excluded.eurocent, signaleringsgrens = excluded.signaleringsgrens""")
                .param("aanbieder", aanbiederId)
                .param("jaar", jaar)
                .param("eurocent", plafond.eurocent())
                .param("grens", signaleringsgrens)
                .update();
    }

    Optional<Budgetstand> budgetstand(AgbCode agb, int jaar) {
        return jdbc.sql(STAND + " where agb = :agb and jaar = :jaar")
                .param("agb", agb.value())
                .param("jaar", jaar)
                .query(BudgetRepository::stand)
                .optional();
    }

    /** Every year with a ceiling for this aanbieder, latest first. */
    List<Budgetstand> budgetstanden(AgbCode agb) {
        return jdbc.sql(STAND + " where agb = :agb order by jaar desc")
                .param("agb", agb.value())
                .query(BudgetRepository::stand)
                .list();
    }

    /** Every ceiling of a year, by the aanbieder's name. */
    List<Budgetstand> budgetstanden(int jaar) {
        return jdbc.sql(STAND + " where jaar = :jaar order by aanbiedernaam")
                .param("jaar", jaar)
                .query(BudgetRepository::stand)
                .list();
    }

    void registreerVerplichting(
            long aanbiederId, int jaar, String bron, String referentie, Bedrag bedrag, OffsetDateTime nu) {
        jdbc.sql("""
                        insert into inkoop.budgetverplichting (aanbieder_id, jaar, bron, referentie, eurocent, geregistreerd_op)
                        values (:aanbieder, :jaar, :bron, :referentie, :eurocent, :nu)
                        on conflict (bron, referentie, jaar) do update
                        set eurocent = excluded.eurocent, geregistreerd_op = excluded.geregistreerd_op,
                            aanbieder_id = excluded.aanbieder_id""")
                .param("aanbieder", aanbiederId)
                .param("jaar", jaar)
                .param("bron", bron)
                .param("referentie", referentie)
                .param("eurocent", bedrag.eurocent())
                .param("nu", nu)
                .update();
    }

    void trekVerplichtingIn(String bron, String referentie) {
        jdbc.sql("delete from inkoop.budgetverplichting where bron = :bron and referentie = :referentie")
                .param("bron", bron)
                .param("referentie", referentie)
                .update();
    }

    private static Budgetstand stand(ResultSet rs, int rij) throws SQLException {
        return new Budgetstand(
                new AgbCode(rs.getString("agb")),
                rs.getInt("jaar"),
                new Bedrag(rs.getLong("plafond_eurocent")),
                new Bedrag(rs.getLong("verplicht_eurocent")),
                rs.getInt("signaleringsgrens"));
    }
}
