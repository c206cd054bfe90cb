package nl.jeugdregie.berichtenverkeer;

import nl.jeugdregie.JeugdregieTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shared application context, with what berichtenverkeer tests look at. */
@JeugdregieTest
abstract class BerichtenverkeerContext {

    @Autowired
    Berichtenbus bus;

    @Autowired
    Verwerkingsplanner verwerker;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BerichtRepository opslag;

    long aantalMet(String identificatie) {
        return jdbc.sql("select count(*) from berichtenverkeer.bericht where identificatie = :i")
                .param("i", identificatie)
                .query(Long.class)
                .single();
    }
}
