package architectuur.voldoet.inkoop;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A package-private repository reading its own tables and another module's published view. */
class AanbiederRepository {

    private final JdbcClient jdbc;

    AanbiederRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> namen() {
        return jdbc.sql("select naam from inkoop.aanbieder order by naam")
                .query(String.class)
                .list();
    }

    List<String> gemeenten(String regio) {
        return jdbc.sql("select gemeente from regio.v_lidmaatschap where jeugdregio = :regio")
                .param("regio", regio)
                .query(String.class)
                .list();
    }
}
