package architectuur.overtreding.inkoop;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A repository other modules can reach: breaks "repositories are package-private". */
public class TariefRepository {

    private final JdbcClient jdbc;

    public TariefRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long aantal() {
        return jdbc.sql("select count(*) from inkoop.tarief").query(Long.class).single();
    }
}
