package nl.jeugdregie.toegangslog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the one generated pseudonymisation key kept in {@code toegangslog.sleutel}. */
@Repository
class PseudoniemsleutelRepository {

    private final JdbcClient jdbc;

    PseudoniemsleutelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the key unless one is stored already; whether this one was stored. */
    boolean bewaarAlsEerste(byte[] sleutel) {
        return jdbc.sql("insert into toegangslog.sleutel (sleutel) values (:sleutel) on conflict do nothing")
                        .param("sleutel", sleutel)
                        .update()
                == 1;
    }

    byte[] sleutel() {
        return jdbc.sql("select sleutel from toegangslog.sleutel")
                .query(byte[].class)
                .single();
    }
}
