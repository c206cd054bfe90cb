package nl.jeugdregie.platform;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way a repository reads a page of a filtered list: the total by {@code count(*)} and the rows
 * of the page, both with the same filter and parameters.
 */
public final class Paginaquery {

    private Paginaquery() {}

    /**
     * @param kolommen the select list, without {@code select}
     * @param vanaf the {@code from ... where ...} part with named parameters from {@code params}
     * @param volgorde the {@code order by} list, without {@code order by}; end with a unique column so
     *     pages never overlap
     */
    public static <T> Resultaatpagina<T> pagina(
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
        List<T> items = jdbc.sql("select " + kolommen + " " + vanaf + " order by " + volgorde
                        + " limit :paginaLimiet offset :paginaOverslaan")
                .params(params)
                .param("paginaLimiet", paginering.pageSize())
                .param("paginaOverslaan", paginering.offset())
                .query(mapper)
                .list();
        return new Resultaatpagina<>(items, totaal, paginering);
    }
}
