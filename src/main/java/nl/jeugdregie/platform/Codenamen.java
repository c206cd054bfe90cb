package nl.jeugdregie.platform;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The names of every code of one {@link Codesoort}, given by the module that owns them: {@code regio} for gemeenten
 * and jeugdregio's, {@code inkoop} for aanbieders and products. {@link Namen} asks for all of them in one query and
 * keeps them, so a page with a hundred rows needs no query per row. An owner calls {@link Namen#vergeet(Codesoort)}
 * when it adds or renames one.
 */
public interface Codenamen {

    Codesoort soort();

    /** Every code of this kind with its name. */
    Map<String, String> alle();

    /** The names a query gives: its first column is the code, its second the name. */
    static Codenamen uit(Codesoort soort, JdbcClient jdbc, String sql) {
        return new Codenamen() {
            @Override
            public Codesoort soort() {
                return soort;
            }

            @Override
            public Map<String, String> alle() {
                Map<String, String> namen = new HashMap<>();
                jdbc.sql(sql).query(rs -> {
                    namen.put(rs.getString(1).strip(), rs.getString(2));
                });
                return namen;
            }
        };
    }
}
