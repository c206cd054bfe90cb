package nl.jeugdregie.sturing;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the running trajecten past the review norm from the read model ({@code sql/sturing/herbeoordelen.sql}). */
@Repository
class HerbeoordelingRepository {

    private final String sql = Sqlbestand.lees("sql/sturing/herbeoordelen.sql");
    private final JdbcClient jdbc;

    HerbeoordelingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows, the pseudonyms of the jeugdigen on them (for the toegangslog) and how many rows there are in all. */
    record Uitkomst(List<Herbeoordelingen.Herbeoordeling> regels, List<String> jeugdigen, long totaal) {}

    Uitkomst lijst(String gemeente, LocalDate peildatum, int maximum) {
        long[] totaal = {0};
        List<String> jeugdigen = new ArrayList<>();
        List<Herbeoordelingen.Herbeoordeling> regels = jdbc.sql(sql)
                .param("gemeenten", new String[] {gemeente})
                .param("peildatum", peildatum)
                .param("maximum", maximum)
                .query((rs, i) -> {
                    totaal[0] = rs.getLong("totaal");
                    jeugdigen.add(rs.getString("jeugdige"));
                    return new Herbeoordelingen.Herbeoordeling(
                            rs.getString("gemeente"),
                            rs.getString("aanbieder"),
                            rs.getString("jeugdzorgvorm"),
                            rs.getString("productcategorie"),
                            rs.getString("productcode"),
                            rs.getObject("begindatum", LocalDate.class),
                            rs.getInt("dagen"),
                            rs.getInt("normdagen"),
                            rs.getBoolean("met_verblijf"),
                            nummers(rs.getArray("toewijzingen")));
                })
                .list();
        return new Uitkomst(regels, jeugdigen.stream().distinct().toList(), totaal[0]);
    }

    private static List<Long> nummers(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Long[]) array.getArray()).toList();
    }
}
