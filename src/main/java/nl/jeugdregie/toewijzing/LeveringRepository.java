package nl.jeugdregie.toewijzing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the starts and stops of the levering on each toewijzing. */
@Repository
class LeveringRepository {

    private final JdbcClient jdbc;

    LeveringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Levering laad(GemeenteCode gemeente, Toewijzingnummer nummer) {
        List<Levering.Start> starts = jdbc.sql("""
                        select id, productcategorie, productcode, toewijzing_ingangsdatum, begindatum, ontvangen, verwijderd
                          from toewijzing.start where gemeente = :gemeente and nummer = :nummer order by begindatum, id""")
                .param("gemeente", gemeente.value())
                .param("nummer", nummer.value())
                .query((rs, i) -> new Levering.Start(
                        rs.getLong("id"),
                        ToewijzingRepository.product(rs),
                        rs.getObject("toewijzing_ingangsdatum", LocalDate.class),
                        rs.getObject("begindatum", LocalDate.class),
                        rs.getTimestamp("ontvangen").toLocalDateTime(),
                        rs.getBoolean("verwijderd")))
                .list();
        if (!starts.isEmpty()) {
            Map<Long, Levering.Start> perId = starts.stream().collect(Collectors.toMap(s -> s.id, s -> s));
            jdbc.sql("""
                            select s.id, s.start_id, s.einddatum, s.reden, s.ontvangen, s.verwijderd
                              from toewijzing.stop s join toewijzing.start st on st.id = s.start_id
                             where st.gemeente = :gemeente and st.nummer = :nummer order by s.id""")
                    .param("gemeente", gemeente.value())
                    .param("nummer", nummer.value())
                    .query((rs, i) -> {
                        perId.get(rs.getLong("start_id"))
                                .stops
                                .add(new Levering.Stop(
                                        rs.getLong("id"),
                                        rs.getObject("einddatum", LocalDate.class),
                                        RedenBeeindiging.vanCode(rs.getString("reden")),
                                        rs.getTimestamp("ontvangen").toLocalDateTime(),
                                        rs.getBoolean("verwijderd")));
                        return 1;
                    })
                    .list();
        }
        return new Levering(gemeente, nummer, starts);
    }

    void bewaar(Levering levering) {
        for (Levering.Start start : levering.starts()) {
            if (start.id == null) {
                start.id = jdbc.sql("""
                                insert into toewijzing.start (gemeente, nummer, productcategorie, productcode,
                                    toewijzing_ingangsdatum, begindatum, ontvangen, verwijderd, gestopt)
                                values (:gemeente, :nummer, :categorie, :code, :ingang, :begin, :ontvangen, :verwijderd, :gestopt)
                                returning id""")
                        .param("gemeente", levering.gemeente().value())
                        .param("nummer", levering.nummer().value())
                        .param(
                                "categorie",
                                start.product.categorie() == null
                                        ? null
                                        : start.product.categorie().code())
                        .param("code", start.product.code())
                        .param("ingang", start.toewijzingIngangsdatum)
                        .param("begin", start.begindatum)
                        .param("ontvangen", start.ontvangen)
                        .param("verwijderd", start.verwijderd)
                        .param("gestopt", start.isGestopt())
                        .query(Long.class)
                        .single();
            } else {
                jdbc.sql("update toewijzing.start set verwijderd = :verwijderd, gestopt = :gestopt where id = :id")
                        .param("verwijderd", start.verwijderd)
                        .param("gestopt", start.isGestopt())
                        .param("id", start.id)
                        .update();
            }
            for (Levering.Stop stop : start.stops) {
                if (stop.id == null) {
                    stop.id = jdbc.sql("""
                                    insert into toewijzing.stop (start_id, einddatum, reden, ontvangen, verwijderd)
                                    values (:start, :eind, :reden, :ontvangen, :verwijderd) returning id""")
                            .param("start", start.id)
                            .param("eind", stop.einddatum)
                            .param("reden", stop.reden.code())
                            .param("ontvangen", stop.ontvangen)
                            .param("verwijderd", stop.verwijderd)
                            .query(Long.class)
                            .single();
                } else {
                    jdbc.sql("update toewijzing.stop set verwijderd = :verwijderd where id = :id")
                            .param("verwijderd", stop.verwijderd)
                            .param("id", stop.id)
                            .update();
                }
            }
        }
    }
}
