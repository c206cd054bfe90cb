package nl.jeugdregie.berichtenverkeer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.berichtenverkeer.Berichtgegevens.Bevindingregel;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The table of messages; content is read only when asked for. */
@Component
class BerichtRepository {

    private static final String KOLOMMEN = """
            id, richting, berichttype, afzender, ontvanger, identificatie, dagtekening, kanaal, bestandsnaam,
            status, grootte, ontvangen_op, verwerkt_op, opgehaald_op, termijn, heenbericht, aantal_clienten,
            bevindingen::text as bevindingen""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BerichtRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record NieuwBericht(
            UUID id,
            Richting richting,
            String berichttype,
            String afzender,
            String ontvanger,
            String identificatie,
            LocalDate dagtekening,
            Kanaal kanaal,
            String bestandsnaam,
            String ingediendDoor,
            byte[] inhoud,
            String sha256,
            Berichtstatus status,
            Instant tijdstip,
            LocalDate termijn,
            UUID heenbericht) {}

    /**
     * Stores a received message once per sender, type and Identificatie (TR056): a repeat is stored
     * as DUBBEL (it still gets its retourbericht, with 9056) and changes nothing else.
     */
    Berichtstatus bewaarEenmalig(NieuwBericht b) {
        if (insert(
                        b,
                        " on conflict (afzender, berichttype, identificatie) where richting = 'IN' and status <> 'DUBBEL'"
                                + " do nothing")
                == 1) {
            return b.status();
        }
        insert(
                new NieuwBericht(
                        b.id(),
                        b.richting(),
                        b.berichttype(),
                        b.afzender(),
                        b.ontvanger(),
                        b.identificatie(),
                        b.dagtekening(),
                        b.kanaal(),
                        b.bestandsnaam(),
                        b.ingediendDoor(),
                        b.inhoud(),
                        b.sha256(),
                        Berichtstatus.DUBBEL,
                        b.tijdstip(),
                        b.termijn(),
                        b.heenbericht()),
                "");
        return Berichtstatus.DUBBEL;
    }

    void bewaar(NieuwBericht b) {
        insert(b, "");
    }

    private int insert(NieuwBericht b, String bijConflict) {
        return jdbc.sql("""
                        insert into berichtenverkeer.bericht (id, richting, berichttype, afzender, ontvanger, identificatie,
                            dagtekening, kanaal, bestandsnaam, ingediend_door, inhoud, sha256, grootte, status, ontvangen_op,
                            termijn, heenbericht)
                        values (:id, :richting, :type, :afzender, :ontvanger, :identificatie, :dagtekening, :kanaal,
                            :bestandsnaam, :door, :inhoud, :sha, :grootte, :status, :tijdstip, :termijn, :heen)""" + bijConflict)
                .param("id", b.id())
                .param("richting", b.richting().name())
                .param("type", b.berichttype())
                .param("afzender", b.afzender())
                .param("ontvanger", b.ontvanger())
                .param("identificatie", b.identificatie())
                .param("dagtekening", b.dagtekening())
                .param("kanaal", b.kanaal().name())
                .param("bestandsnaam", b.bestandsnaam())
                .param("door", b.ingediendDoor())
                .param("inhoud", b.inhoud())
                .param("sha", b.sha256())
                .param("grootte", b.inhoud().length)
                .param("status", b.status().name())
                .param("tijdstip", Timestamp.from(b.tijdstip()))
                .param("termijn", b.termijn())
                .param("heen", b.heenbericht())
                .update();
    }

    /** Whether the message still waits, locking it for this transaction (skipped when another has it). */
    boolean claim(UUID id) {
        return jdbc.sql("""
                        select id from berichtenverkeer.bericht
                        where id = :id and richting = 'IN' and verwerkt_op is null for update skip locked""").param("id", id).query(UUID.class).optional().isPresent();
    }

    List<UUID> wachtend() {
        return jdbc.sql(
                        "select id from berichtenverkeer.bericht where richting = 'IN' and verwerkt_op is null order by ontvangen_op, id")
                .query(UUID.class)
                .list();
    }

    void markeerVerwerkt(
            UUID id, Berichtstatus status, Instant tijdstip, Integer aantalClienten, List<Bevindingregel> bevindingen) {
        jdbc.sql("""
                        update berichtenverkeer.bericht
                        set status = :status, verwerkt_op = :tijdstip, aantal_clienten = :clienten,
                            bevindingen = cast(:bevindingen as jsonb)
                        where id = :id""")
                .param("id", id)
                .param("status", status.name())
                .param("tijdstip", Timestamp.from(tijdstip))
                .param("clienten", aantalClienten)
                .param("bevindingen", json.writeValueAsString(bevindingen))
                .update();
    }

    /** Identificatie of the next message the gemeente sends (BerichtIdentificatie or IdentificatieRetour). */
    String volgendeIdentificatie() {
        long volgnummer = jdbc.sql("select nextval('berichtenverkeer.identificatie_uit')")
                .query(Long.class)
                .single();
        return "JR" + volgnummer;
    }

    /**
     * An outgoing message that was waiting (KLAAR) has left: fetched by the aanbieder (OPGEHAALD) or marked as sent by
     * the backoffice (VERZONDEN).
     */
    void markeerAfgeleverd(UUID id, Berichtstatus status, Instant tijdstip) {
        jdbc.sql("""
                        update berichtenverkeer.bericht set status = :status, opgehaald_op = :tijdstip
                        where id = :id and richting = 'UIT' and status = 'KLAAR'""")
                .param("id", id)
                .param("status", status.name())
                .param("tijdstip", Timestamp.from(tijdstip))
                .update();
    }

    /** Links a received retourbericht to the outgoing heenbericht it answers, and gives that its outcome. */
    void koppelRetour(
            UUID retour, UUID heenbericht, Berichtstatus uitkomst, Instant tijdstip, List<Bevindingregel> bevindingen) {
        jdbc.sql("update berichtenverkeer.bericht set heenbericht = :heen where id = :id")
                .param("id", retour)
                .param("heen", heenbericht)
                .update();
        jdbc.sql("""
                        update berichtenverkeer.bericht set status = :status, bevindingen = cast(:bevindingen as jsonb),
                            verwerkt_op = :tijdstip
                        where id = :id""")
                .param("id", heenbericht)
                .param("tijdstip", Timestamp.from(tijdstip))
                .param("status", uitkomst.name())
                .param("bevindingen", json.writeValueAsString(bevindingen))
                .update();
    }

    /** The outgoing heenbericht of this type and Identificatie sent to {@code ontvanger}, locked for the caller. */
    Optional<Berichtgegevens> verzondenHeenbericht(String berichttype, String identificatie, String ontvanger) {
        return jdbc.sql("select " + KOLOMMEN + """
                         from berichtenverkeer.bericht
                        where richting = 'UIT' and berichttype = :type and identificatie = :identificatie
                          and ontvanger = :ontvanger for update""")
                .param("type", berichttype)
                .param("identificatie", identificatie)
                .param("ontvanger", ontvanger)
                .query((rs, rij) -> gegevens(rs, rij))
                .optional();
    }

    Optional<Berichtgegevens> gegevens(UUID id) {
        return jdbc.sql("select " + KOLOMMEN + " from berichtenverkeer.bericht where id = :id")
                .param("id", id)
                .query((rs, rij) -> gegevens(rs, rij))
                .optional();
    }

    Optional<byte[]> inhoud(UUID id) {
        return jdbc.sql("select inhoud from berichtenverkeer.bericht where id = :id")
                .param("id", id)
                .query(byte[].class)
                .optional();
    }

    Optional<Berichtgegevens> retourVan(UUID heenbericht) {
        return jdbc.sql("select " + KOLOMMEN
                        + " from berichtenverkeer.bericht where heenbericht = :id order by ontvangen_op limit 1")
                .param("id", heenbericht)
                .query((rs, rij) -> gegevens(rs, rij))
                .optional();
    }

    /** Messages filtered on direction, type, status, party and date, newest first. */
    Resultaatpagina<Berichtgegevens> zoek(Berichtfilter filter, Paginering paginering) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.richting() != null) {
            where.append(" and richting = :richting");
            params.put("richting", filter.richting().name());
        }
        if (filter.berichttype() != null) {
            where.append(" and berichttype = :type");
            params.put("type", filter.berichttype());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.aanbieder() != null) {
            where.append(" and (afzender = :aanbieder or ontvanger = :aanbieder)");
            params.put("aanbieder", filter.aanbieder());
        }
        if (filter.gemeenten() != null) {
            where.append(" and (afzender = any(:gemeenten) or ontvanger = any(:gemeenten))");
            params.put("gemeenten", filter.gemeenten().toArray(String[]::new));
        }
        if (filter.van() != null) {
            where.append(" and ontvangen_op >= cast(:van as date)");
            params.put("van", filter.van());
        }
        if (filter.tot() != null) {
            where.append(" and ontvangen_op < cast(:tot as date) + 1");
            params.put("tot", filter.tot());
        }
        return Paginaquery.pagina(
                jdbc,
                KOLOMMEN,
                "from berichtenverkeer.bericht" + where,
                "ontvangen_op desc, id",
                params,
                paginering,
                (rs, rij) -> gegevens(rs, rij));
    }

    private Berichtgegevens gegevens(ResultSet rs, int rij) throws SQLException {
        return new Berichtgegevens(
                rs.getObject("id", UUID.class),
                Richting.valueOf(rs.getString("richting")),
                rs.getString("berichttype"),
                rs.getString("afzender"),
                rs.getString("ontvanger"),
                rs.getString("identificatie"),
                rs.getObject("dagtekening", LocalDate.class),
                Kanaal.valueOf(rs.getString("kanaal")),
                rs.getString("bestandsnaam"),
                Berichtstatus.valueOf(rs.getString("status")),
                rs.getInt("grootte"),
                instant(rs.getTimestamp("ontvangen_op")),
                instant(rs.getTimestamp("verwerkt_op")),
                instant(rs.getTimestamp("opgehaald_op")),
                rs.getObject("termijn", LocalDate.class),
                rs.getObject("heenbericht", UUID.class),
                (Integer) rs.getObject("aantal_clienten"),
                json.readValue(rs.getString("bevindingen"), new TypeReference<List<Bevindingregel>>() {}));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
