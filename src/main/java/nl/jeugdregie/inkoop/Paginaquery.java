package nl.jeugdregie.inkoop;

import java.util.List;
import java.util.Map;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One page of a filtered list: the total by {@code count(*)} and the rows of the page, with the same filter. */
final class Paginaquery {

    private Paginaquery() {}

    /**
     * @param kolommen the select list, without {@code select}
     * @param vanaf the {@code from ... where ...} part with named parameters from {@code params}
     * @param volgorde the {@code order by} list, without {@code order by}
     */
    static <T> Resultaatpagina<T> pagina(
            JdbcClient jdbc,
            String kolommen,
            String vanaf,
            String volgorde,
            Map<String, ?> params,
            Paginering paginering,
            RowMapper<T> mapper) {
        long totaal = jdbc.sql("select count(*) " + vanaf)
                .params(params)
                .query(Long.class)
                .single();
        List<T> items = jdbc.sql(
                        "select " + kolommen + " " + vanaf + " order by " + volgorde + " limit :limit offset :offset")
                .params(params)
                .param("limit", paginering.pageSize())
                .param("offset", paginering.offset())
                .query(mapper)
                .list();
        return new Resultaatpagina<>(items, totaal, paginering);
    }
}
