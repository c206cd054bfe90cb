package nl.jeugdregie.financien;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the begrotingen and their lines. */
@Repository
class BegrotingRepository {

    /** A stored version without the changes against the one before, which the service derives. */
    record Opgeslagen(
            int versie,
            Begrotingssoort soort,
            String toelichting,
            String door,
            Instant op,
            List<Begrotingsregel> regels) {}

    private final JdbcClient jdbc;

    BegrotingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the changes of one begroting, so two cannot take the same version number. */
    void vergrendel(GemeenteCode gemeente, int jaar) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('financien:begroting:' || :gemeente || ':' || :jaar))")
                .param("gemeente", gemeente.value())
                .param("jaar", jaar)
                .query((rs, i) -> 1)
                .list();
    }

    /** Every version of the begroting, the oldest first, each with its lines by taakveld and jeugdzorgvorm. */
    List<Opgeslagen> versies(GemeenteCode gemeente, int jaar) {
        Map<Long, List<Begrotingsregel>> regels = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.versie_id, r.taakveld, r.jeugdzorgvorm, r.eurocent
                        from financien.begrotingsregel r
                                 join financien.begrotingsversie v on v.id = r.versie_id
                        where v.gemeente = :gemeente and v.jaar = :jaar""")
                .param("gemeente", gemeente.value())
                .param("jaar", jaar)
                .query((rs, i) -> {
                    regels.computeIfAbsent(rs.getLong("versie_id"), id -> new ArrayList<>())
                            .add(new Begrotingsregel(
                                    Taakveld.find(rs.getString("taakveld")).orElseThrow(),
                                    Jeugdzorgvorm.vanCode(rs.getString("jeugdzorgvorm")),
                                    new Bedrag(rs.getLong("eurocent"))));
                    return 1;
                })
                .list();
        return jdbc.sql("""
                        select id, versie, soort, toelichting, door, op
                        from financien.begrotingsversie
                        where gemeente = :gemeente and jaar = :jaar
                        order by versie""")
                .param("gemeente", gemeente.value())
                .param("jaar", jaar)
                .query((rs, i) -> new Opgeslagen(
                        rs.getInt("versie"),
                        Begrotingssoort.valueOf(rs.getString("soort")),
                        rs.getString("toelichting"),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant(),
                        regels.getOrDefault(rs.getLong("id"), List.of()).stream()
                                .sorted(java.util.Comparator.comparing((Begrotingsregel r) ->
                                                r.taakveld().ordinal())
                                        .thenComparing(r -> r.jeugdzorgvorm().ordinal()))
                                .toList()))
                .list();
    }

    void voegToe(
            GemeenteCode gemeente,
            int jaar,
            int versie,
            Begrotingssoort soort,
            String toelichting,
            String door,
            Instant op,
            List<Begrotingsregel> regels) {
        long id = jdbc.sql("""
                        insert into financien.begrotingsversie (gemeente, jaar, versie, soort, toelichting, door, op)
                        values (:gemeente, :jaar, :versie, :soort, :toelichting, :door, :op)
                        returning id""")
                .param("gemeente", gemeente.value())
                .param("jaar", jaar)
                .param("versie", versie)
                .param("soort", soort.name())
                .param("toelichting", toelichting)
                .param("door", door)
                .param("op", Timestamp.from(op))
                .query(Long.class)
                .single();
        for (Begrotingsregel regel : regels) {
            jdbc.sql("""
                            insert into financien.begrotingsregel (versie_id, taakveld, jeugdzorgvorm, eurocent)
                            values (:id, :taakveld, :vorm, :eurocent)""")
                    .param("id", id)
                    .param("taakveld", regel.taakveld().code())
                    .param("vorm", regel.jeugdzorgvorm().code())
                    .param("eurocent", regel.bedrag().eurocent())
                    .update();
        }
    }
}
