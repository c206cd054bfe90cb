package nl.jeugdregie.regio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import nl.jeugdregie.regio.Bevolkingsbestand.Cijfer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the population figures: reads through the module's own views {@code regio.v_bevolking} and {@code
 * regio.v_jeugd_0_17}, writes imports into {@code regio.bevolking}.
 */
@Repository
class BevolkingRepository {

    private final JdbcClient jdbc;

    BevolkingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Jeugdinwoners> jeugd0tot17(GemeenteCode gemeente, int jaar) {
        return jdbc.sql("""
                        select gemeente, jaar, peildatum, aantal, geschat, bron from regio.v_jeugd_0_17
                        where gemeente = :gemeente and jaar = :jaar""")
                .param("gemeente", gemeente.value())
                .param("jaar", jaar)
                .query(BevolkingRepository::jeugdinwoners)
                .optional();
    }

    List<Jeugdinwoners> jeugd0tot17(int jaar) {
        return jdbc.sql("""
                        select gemeente, jaar, peildatum, aantal, geschat, bron from regio.v_jeugd_0_17
                        where jaar = :jaar order by gemeente""")
                .param("jaar", jaar)
                .query(BevolkingRepository::jeugdinwoners)
                .list();
    }

    /** Every year's 0-17 count of these gemeenten. */
    List<Jeugdinwoners> jeugd0tot17Van(Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select gemeente, jaar, peildatum, aantal, geschat, bron from regio.v_jeugd_0_17
                        where gemeente in (:gemeenten) order by gemeente, jaar""")
                .param("gemeenten", gemeenten)
                .query(BevolkingRepository::jeugdinwoners)
                .list();
    }

    /**
     * One page of gemeenten and years with figures, each with its figures and its 0-17 count; {@code gemeente} and
     * {@code jaar} null: no filter.
     */
    Resultaatpagina<Bevolkingsstand> standen(String gemeente, Integer jaar, Paginering paginering) {
        Map<String, Object> params = new HashMap<>();
        params.put("gemeente", gemeente);
        params.put("jaar", jaar);
        Resultaatpagina<Bevolkingsstand> pagina = Paginaquery.pagina(
                jdbc,
                "gemeente, gemeentenaam, jaar, peildatum",
                """
                from (select distinct gemeente, gemeentenaam, jaar, peildatum from regio.v_bevolking
                      where (cast(:gemeente as text) is null or gemeente = cast(:gemeente as text))
                        and (cast(:jaar as integer) is null or jaar = cast(:jaar as integer))) s""",
                "gemeente, peildatum",
                params,
                paginering,
                (rs, rij) -> new Bevolkingsstand(
                        new GemeenteCode(rs.getString("gemeente")),
                        rs.getString("gemeentenaam"),
                        rs.getInt("jaar"),
                        rs.getObject("peildatum", LocalDate.class),
                        Optional.empty(),
                        List.of()));
        if (pagina.items().isEmpty()) {
            return pagina;
        }
        List<String> gemeenten = pagina.items().stream()
                .map(s -> s.gemeente().value())
                .distinct()
                .toList();
        List<Bevolkingscijfer> cijfers = jdbc.sql("""
                        select gemeente, peildatum, leeftijd_van, leeftijd_tot, aantal, geschat, bron
                        from regio.v_bevolking where gemeente in (:gemeenten)
                        order by gemeente, peildatum, leeftijd_van, leeftijd_tot nulls first""")
                .param("gemeenten", gemeenten)
                .query((rs, rij) -> new Bevolkingscijfer(
                        new GemeenteCode(rs.getString("gemeente")),
                        rs.getObject("peildatum", LocalDate.class),
                        rs.getInt("leeftijd_van"),
                        rs.getObject("leeftijd_tot", Integer.class),
                        rs.getLong("aantal"),
                        rs.getBoolean("geschat"),
                        rs.getString("bron")))
                .list();
        List<Jeugdinwoners> jeugd = jeugd0tot17Van(gemeenten);
        return pagina.map(s -> new Bevolkingsstand(
                s.gemeente(),
                s.gemeentenaam(),
                s.jaar(),
                s.peildatum(),
                jeugd.stream()
                        .filter(j -> j.gemeente().equals(s.gemeente())
                                && j.peildatum().equals(s.peildatum()))
                        .findFirst(),
                cijfers.stream()
                        .filter(c -> c.gemeente().equals(s.gemeente())
                                && c.peildatum().equals(s.peildatum()))
                        .toList()));
    }

    /** Locks the gemeenten, in code order, so two imports of the same gemeente take turns. */
    void vergrendel(Collection<GemeenteCode> gemeenten) {
        jdbc.sql("select code from regio.gemeente where code in (:codes) order by code for update")
                .param("codes", gemeenten.stream().map(GemeenteCode::value).toList())
                .query(String.class)
                .list();
    }

    /**
     * Replaces the imported figures of a gemeente on a 1 January by {@code cijfers}; a figure of this migration for an
     * age class the import brings (the total) gives way to it too.
     */
    void vervang(
            GemeenteCode gemeente,
            LocalDate peildatum,
            List<Cijfer> cijfers,
            String bron,
            Instant ingelezenOp,
            String ingelezenDoor) {
        jdbc.sql("""
                        delete from regio.bevolking
                        where gemeente = :gemeente and peildatum = :peildatum
                          and (herkomst = 'import'
                               or (leeftijd_van = 0 and leeftijd_tot is null and :totaal)
                               or (leeftijd_tot = leeftijd_van and leeftijd_van <= 17))""")
                .param("gemeente", gemeente.value())
                .param("peildatum", peildatum)
                .param("totaal", cijfers.stream().anyMatch(Cijfer::isTotaal))
                .update();
        for (Cijfer cijfer : cijfers) {
            jdbc.sql("""
                            insert into regio.bevolking (gemeente, peildatum, leeftijd_van, leeftijd_tot, aantal, geschat,
                                herkomst, bron, ingelezen_op, ingelezen_door)
                            values (:gemeente, :peildatum, :van, :tot, :aantal, false, 'import', :bron, :op, :door)""")
                    .param("gemeente", gemeente.value())
                    .param("peildatum", peildatum)
                    .param("van", cijfer.leeftijdVan())
                    .param("tot", cijfer.leeftijdTot(), java.sql.Types.SMALLINT)
                    .param("aantal", cijfer.aantal())
                    .param("bron", bron)
                    .param("op", ingelezenOp.atOffset(ZoneOffset.UTC))
                    .param("door", ingelezenDoor)
                    .update();
        }
    }

    private static Jeugdinwoners jeugdinwoners(ResultSet rs, int rij) throws SQLException {
        return new Jeugdinwoners(
                new GemeenteCode(rs.getString("gemeente")),
                rs.getInt("jaar"),
                rs.getObject("peildatum", LocalDate.class),
                rs.getLong("aantal"),
                rs.getBoolean("geschat"),
                rs.getString("bron"));
    }
}
