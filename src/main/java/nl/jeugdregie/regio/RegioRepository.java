package nl.jeugdregie.regio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of jeugdregio's, gemeenten and memberships. A membership's period is a {@code daterange} with an exclusive
 * upper bound; here it has an inclusive einddatum.
 */
@Repository
class RegioRepository {

    private final JdbcClient jdbc;

    RegioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Gemeente> gemeentenVan(String jeugdregio, LocalDate peildatum) {
        return jdbc.sql("""
                        select g.code, g.naam, g.provincie from regio.gemeente g
                        join regio.lidmaatschap l on l.gemeente = g.code
                        where l.jeugdregio = :regio and l.geldig @> cast(:peildatum as date)
                        order by g.naam""")
                .param("regio", jeugdregio)
                .param("peildatum", peildatum)
                .query(RegioRepository::gemeente)
                .list();
    }

    List<Jeugdregio> jeugdregios() {
        return jdbc.sql("select code, naam from regio.jeugdregio order by code")
                .query(Jeugdregio.class)
                .list();
    }

    Optional<Jeugdregio> jeugdregio(String code) {
        return jdbc.sql("select code, naam from regio.jeugdregio where code = :code")
                .param("code", code)
                .query(Jeugdregio.class)
                .optional();
    }

    Optional<String> regioVan(GemeenteCode gemeente, LocalDate peildatum) {
        return jdbc.sql("""
                        select jeugdregio from regio.lidmaatschap
                        where gemeente = :gemeente and geldig @> cast(:peildatum as date)""")
                .param("gemeente", gemeente.value())
                .param("peildatum", peildatum)
                .query(String.class)
                .optional();
    }

    /** Gemeenten by part of the name and the region they belong to on {@code peildatum}; null: no filter. */
    Resultaatpagina<Gemeente> zoekGemeenten(
            String naam, String jeugdregio, LocalDate peildatum, Paginering paginering) {
        String filter = """
                from regio.gemeente g
                where (cast(:naam as text) is null or g.naam ilike '%' || cast(:naam as text) || '%')
                  and (cast(:regio as text) is null or exists (
                      select 1 from regio.lidmaatschap l
                      where l.gemeente = g.code and l.jeugdregio = cast(:regio as text)
                        and l.geldig @> cast(:peildatum as date)))""";
        Map<String, Object> params = new HashMap<>();
        params.put("naam", naam);
        params.put("regio", jeugdregio);
        params.put("peildatum", peildatum);
        return Paginaquery.pagina(
                jdbc,
                "g.code, g.naam, g.provincie",
                filter,
                "g.naam, g.code",
                params,
                paginering,
                RegioRepository::gemeente);
    }

    Optional<Gemeente> gemeente(GemeenteCode code) {
        return jdbc.sql("select code, naam, provincie from regio.gemeente where code = :code")
                .param("code", code.value())
                .query(RegioRepository::gemeente)
                .optional();
    }

    void voegGemeenteToe(Gemeente gemeente) {
        jdbc.sql("insert into regio.gemeente (code, naam, provincie) values (:code, :naam, :provincie)")
                .param("code", gemeente.code().value())
                .param("naam", gemeente.naam())
                .param("provincie", gemeente.provincie())
                .update();
    }

    /** Whether the gemeente existed and was changed. */
    boolean wijzigGemeente(Gemeente gemeente) {
        return jdbc.sql("update regio.gemeente set naam = :naam, provincie = :provincie where code = :code")
                        .param("code", gemeente.code().value())
                        .param("naam", gemeente.naam())
                        .param("provincie", gemeente.provincie())
                        .update()
                > 0;
    }

    List<Lidmaatschap> lidmaatschappen(GemeenteCode gemeente) {
        return jdbc.sql("""
                        select id, gemeente, jeugdregio, lower(geldig) as begindatum, upper(geldig) - 1 as einddatum
                        from regio.lidmaatschap where gemeente = :gemeente order by lower(geldig)""")
                .param("gemeente", gemeente.value())
                .query((rs, i) -> new Lidmaatschap(
                        rs.getLong("id"),
                        new GemeenteCode(rs.getString("gemeente")),
                        rs.getString("jeugdregio"),
                        rs.getObject("begindatum", LocalDate.class),
                        rs.getObject("einddatum", LocalDate.class)))
                .list();
    }

    /** Adds a membership; an overlapping period of the same gemeente breaks the exclusion constraint. */
    long voegLidmaatschapToe(GemeenteCode gemeente, String jeugdregio, LocalDate begindatum, LocalDate einddatum) {
        return jdbc.sql("""
                        insert into regio.lidmaatschap (gemeente, jeugdregio, geldig)
                        values (:gemeente, :regio, daterange(:begin, cast(:eind as date) + 1))
                        returning id""")
                .param("gemeente", gemeente.value())
                .param("regio", jeugdregio)
                .param("begin", begindatum)
                .param("eind", einddatum)
                .query(Long.class)
                .single();
    }

    /**
     * Ends a membership on {@code einddatum} (inclusive); false when it does not exist or begins after that day. An
     * end that makes it overlap another membership breaks the exclusion constraint.
     */
    boolean beeindigLidmaatschap(long id, LocalDate einddatum) {
        return jdbc.sql("""
                                update regio.lidmaatschap set geldig = daterange(lower(geldig), cast(:eind as date) + 1)
                                where id = :id and lower(geldig) <= cast(:eind as date)""").param("id", id).param("eind", einddatum).update() > 0;
    }

    private static Gemeente gemeente(ResultSet rs, int rij) throws SQLException {
        return new Gemeente(new GemeenteCode(rs.getString("code")), rs.getString("naam"), rs.getString("provincie"));
    }

    /** Every gemeente's name by its CBS code. */
    Map<String, String> gemeentenamen() {
        Map<String, String> namen = new HashMap<>();
        jdbc.sql("select code, naam from regio.gemeente").query(rs -> {
            namen.put(rs.getString(1).strip(), rs.getString(2));
        });
        return namen;
    }

    /** Every jeugdregio's name by its code. */
    Map<String, String> jeugdregionamen() {
        Map<String, String> namen = new HashMap<>();
        jdbc.sql("select code, naam from regio.jeugdregio").query(rs -> {
            namen.put(rs.getString(1).strip(), rs.getString(2));
        });
        return namen;
    }
}
