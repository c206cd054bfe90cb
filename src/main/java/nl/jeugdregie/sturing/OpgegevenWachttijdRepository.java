package nl.jeugdregie.sturing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the stated waiting times of the register per aanbieder or product ({@code sql/sturing/opgegeven-wachttijd.sql}). */
@Repository
class OpgegevenWachttijdRepository {

    private final String sql = Sqlbestand.lees("sql/sturing/opgegeven-wachttijd.sql");
    private final JdbcClient jdbc;

    OpgegevenWachttijdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, OpgegevenWachttijd.Opgave> per(String uitsplitsing) {
        Map<String, OpgegevenWachttijd.Opgave> opgaven = new LinkedHashMap<>();
        jdbc.sql(sql).param("uitsplitsing", uitsplitsing).query(rs -> {
            opgaven.put(
                    rs.getString("groep"),
                    new OpgegevenWachttijd.Opgave(rs.getInt("dagen"), rs.getObject("bevestigd_op", LocalDate.class)));
        });
        return opgaven;
    }
}
