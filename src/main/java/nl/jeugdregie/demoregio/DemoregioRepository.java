package nl.jeugdregie.demoregio;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo region's bookkeeping (progress and steps taken) and the counts it reads from the published views. */
@Repository
class DemoregioRepository {

    private final JdbcClient jdbc;

    DemoregioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Voortgang> voortgang() {
        return jdbc.sql("""
                        select status, eenheid, eenheden, berichten, geweigerd, afgekeurde_prestaties, fouten
                        from demoregio.voortgang where id = 1""")
                .query((rs, i) -> new Voortgang(
                        Voortgang.Status.valueOf(rs.getString("status")),
                        rs.getInt("eenheid"),
                        rs.getInt("eenheden"),
                        rs.getInt("berichten"),
                        rs.getInt("geweigerd"),
                        rs.getInt("afgekeurde_prestaties"),
                        rs.getInt("fouten")))
                .optional();
    }

    void begin(int eenheden, Instant nu) {
        jdbc.sql("""
                        insert into demoregio.voortgang (status, eenheden, gestart_op) values ('BEZIG', :eenheden, :nu)
                        on conflict (id) do update set status = 'BEZIG', eenheden = :eenheden""")
                .param("eenheden", eenheden)
                .param("nu", Timestamp.from(nu))
                .update();
    }

    void bewaar(Voortgang voortgang, Instant nu) {
        jdbc.sql("""
                        update demoregio.voortgang
                        set status = :status, eenheid = :eenheid, berichten = :berichten, geweigerd = :geweigerd,
                            afgekeurde_prestaties = :afgekeurd, fouten = :fouten,
                            klaar_op = case when :status = 'KLAAR' then cast(:nu as timestamptz) end
                        where id = 1""")
                .param("status", voortgang.status().name())
                .param("eenheid", voortgang.eenheid())
                .param("berichten", voortgang.berichten())
                .param("geweigerd", voortgang.geweigerd())
                .param("afgekeurd", voortgang.afgekeurdePrestaties())
                .param("fouten", voortgang.fouten())
                .param("nu", Timestamp.from(nu))
                .update();
    }

    Map<String, String> stappen() {
        Map<String, String> stappen = new HashMap<>();
        jdbc.sql("select sleutel, waarde from demoregio.stap").query(rs -> {
            stappen.put(rs.getString(1), rs.getString(2));
        });
        return stappen;
    }

    void legStapVast(String sleutel, String waarde) {
        jdbc.sql("insert into demoregio.stap (sleutel, waarde) values (:s, :w) on conflict (sleutel) do nothing")
                .param("s", sleutel)
                .param("w", waarde)
                .update();
    }

    /** Toewijzingen in the platform: a database with no more than the demo data of the modules has a handful. */
    long aantalToewijzingen() {
        return jdbc.sql("select count(*) from toewijzing.v_toewijzingen")
                .query(Long.class)
                .single();
    }
}
