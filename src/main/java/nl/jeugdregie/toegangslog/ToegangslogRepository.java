package nl.jeugdregie.toegangslog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the toegangslog. Only inserts: the database refuses updates and deletes anyway. */
@Repository
class ToegangslogRepository {

    private static final String KOLOMMEN = "id, tijdstip, gebruiker, rollen, organisatie, namens, jeugdige, actie,"
            + " gegevens, toelichting, vorige_hash, hash";
    private static final RowMapper<Logregel> REGEL = ToegangslogRepository::regel;

    private final JdbcClient jdbc;
    private final JdbcTemplate doorlopend;

    ToegangslogRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.doorlopend = new JdbcTemplate(dataSource);
        this.doorlopend.setFetchSize(1_000);
    }

    /** The head of the chain, locked until the current transaction ends, so writers take turns. */
    Ketenkop vergrendelKop() {
        return jdbc.sql("select laatste_id, laatste_hash, aantal from toegangslog.ketenkop for update")
                .query((rs, i) -> new Ketenkop(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .single();
    }

    Ketenkop kop() {
        return jdbc.sql("select laatste_id, laatste_hash, aantal from toegangslog.ketenkop")
                .query((rs, i) -> new Ketenkop(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .single();
    }

    long volgendId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('toegangslog.logregel', 'id'))")
                .query(Long.class)
                .single();
    }

    void voegToe(Logregel regel) {
        jdbc.sql("insert into toegangslog.logregel (" + KOLOMMEN + ") values (:id, :tijdstip, :gebruiker, :rollen,"
                        + " :organisatie, :namens, :jeugdige, :actie, :gegevens, :toelichting, :vorigeHash, :hash)")
                .param("id", regel.id())
                .param("tijdstip", regel.tijdstip().atOffset(ZoneOffset.UTC))
                .param("gebruiker", regel.gebruiker())
                .param("rollen", regel.rollen())
                .param("organisatie", regel.organisatie())
                .param("namens", regel.namens())
                .param("jeugdige", regel.jeugdige())
                .param("actie", regel.actie().code())
                .param("gegevens", regel.gegevens())
                .param("toelichting", regel.toelichting())
                .param("vorigeHash", regel.vorigeHash())
                .param("hash", regel.hash())
                .update();
    }

    void verplaatsKop(Ketenkop kop) {
        jdbc.sql("update toegangslog.ketenkop set laatste_id = :id, laatste_hash = :hash, aantal = :aantal")
                .param("id", kop.laatsteId())
                .param("hash", kop.laatsteHash())
                .param("aantal", kop.aantal())
                .update();
    }

    Resultaatpagina<Logregel> zoek(Zoekvraag vraag, Paginering paginering) {
        List<String> voorwaarden = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (vraag.gebruiker() != null) {
            voorwaarden.add("gebruiker = :gebruiker");
            parameters.put("gebruiker", vraag.gebruiker());
        }
        if (vraag.van() != null) {
            voorwaarden.add("tijdstip >= :van");
            parameters.put("van", begin(vraag.van()));
        }
        if (vraag.tot() != null) {
            voorwaarden.add("tijdstip < :tot");
            parameters.put("tot", begin(vraag.tot().plusDays(1)));
        }
        if (vraag.actie() != null) {
            voorwaarden.add("actie = :actie");
            parameters.put("actie", vraag.actie().code());
        }
        if (vraag.jeugdige() != null) {
            voorwaarden.add("jeugdige = :jeugdige");
            parameters.put("jeugdige", vraag.jeugdige());
        }
        String waar = voorwaarden.isEmpty() ? "" : " where " + String.join(" and ", voorwaarden);
        return Paginaquery.pagina(
                jdbc, KOLOMMEN, "from toegangslog.logregel" + waar, "id desc", parameters, paginering, REGEL);
    }

    /** Reads every entry in chain order, streaming; call inside a transaction. */
    void doorloop(Consumer<Logregel> verwerker) {
        RowCallbackHandler perRegel = rs -> verwerker.accept(regel(rs, 0));
        doorlopend.query("select " + KOLOMMEN + " from toegangslog.logregel order by id", perRegel);
    }

    private static OffsetDateTime begin(LocalDate dag) {
        return dag.atStartOfDay(Notatie.NEDERLAND).toOffsetDateTime();
    }

    private static Logregel regel(ResultSet rs, int rij) throws SQLException {
        return new Logregel(
                rs.getLong("id"),
                rs.getObject("tijdstip", OffsetDateTime.class).toInstant(),
                rs.getString("gebruiker"),
                rs.getString("rollen"),
                rs.getString("organisatie"),
                rs.getString("namens"),
                rs.getString("jeugdige"),
                Actie.vanCode(rs.getString("actie")),
                rs.getString("gegevens"),
                rs.getString("toelichting"),
                rs.getString("vorige_hash"),
                rs.getString("hash"));
    }

    /** The head of the chain: the last entry written and how many entries the chain holds. */
    record Ketenkop(long laatsteId, String laatsteHash, long aantal) {}
}
