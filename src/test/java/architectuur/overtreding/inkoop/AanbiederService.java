package architectuur.overtreding.inkoop;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A service running SQL itself, on a base table of another module. */
public class AanbiederService {

    private final JdbcClient jdbc;

    public AanbiederService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String gemeentenaam(String code) {
        return jdbc.sql("select naam from regio.gemeente where code = :code")
                .param("code", code)
                .query(String.class)
                .single();
    }
}
