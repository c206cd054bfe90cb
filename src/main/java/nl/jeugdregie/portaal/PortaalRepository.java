package nl.jeugdregie.portaal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the portal keeps of its own: the messages it sent per request key, and the outcome measurements. */
@Repository
class PortaalRepository {

    private final JdbcClient jdbc;

    PortaalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds other requests with the same key until this transaction ends, so one of them sends the message. */
    void vergrendel(AgbCode aanbieder, String sleutel) {
        jdbc.sql(
                        "select pg_advisory_xact_lock(hashtextextended('portaal.indiening ' || :aanbieder || ' ' || :sleutel, 0))")
                .param("aanbieder", aanbieder.value())
                .param("sleutel", sleutel)
                .query()
                .listOfRows();
    }

    record EerdereIndiening(UUID bericht, String berichttype, String identificatie) {}

    Optional<EerdereIndiening> indiening(AgbCode aanbieder, String sleutel) {
        return jdbc.sql("""
                        select bericht, berichttype, identificatie from portaal.indiening
                         where aanbieder = :aanbieder and sleutel = :sleutel""")
                .param("aanbieder", aanbieder.value())
                .param("sleutel", sleutel)
                .query((rs, i) -> new EerdereIndiening(
                        rs.getObject("bericht", UUID.class),
                        rs.getString("berichttype"),
                        rs.getString("identificatie")))
                .optional();
    }

    /** The messages of these types the portal sent for the aanbieder, by their Identificatie. */
    java.util.Map<String, UUID> berichten(AgbCode aanbieder, List<String> berichttypen) {
        java.util.Map<String, UUID> berichten = new java.util.HashMap<>();
        jdbc.sql("""
                        select identificatie, bericht from portaal.indiening
                         where aanbieder = :aanbieder and berichttype in (:typen)""")
                .param("aanbieder", aanbieder.value())
                .param("typen", berichttypen)
                .query(rs -> {
                    berichten.put(rs.getString("identificatie"), rs.getObject("bericht", UUID.class));
                });
        return berichten;
    }

    /** A new Identificatie for a message of the portal: JRP and nine digits, never given twice. */
    String volgendeIdentificatie() {
        long nummer = jdbc.sql("select nextval('portaal.berichtnummer')")
                .query(Long.class)
                .single();
        return "JRP%09d".formatted(nummer);
    }

    void bewaarIndiening(
            AgbCode aanbieder,
            String sleutel,
            String berichttype,
            UUID bericht,
            String identificatie,
            String door,
            Instant op) {
        jdbc.sql("""
                        insert into portaal.indiening (aanbieder, sleutel, berichttype, bericht, identificatie,
                            ingediend_door, ingediend_op)
                        values (:aanbieder, :sleutel, :type, :bericht, :identificatie, :door, :op)""")
                .param("aanbieder", aanbieder.value())
                .param("sleutel", sleutel)
                .param("type", berichttype)
                .param("bericht", bericht)
                .param("identificatie", identificatie)
                .param("door", door)
                .param("op", java.sql.Timestamp.from(op))
                .update();
    }

    /** Stores the measurements of one levering, replacing an earlier one of the same informant. */
    void bewaarMetingen(
            GemeenteCode gemeente,
            Toewijzingnummer nummer,
            AgbCode aanbieder,
            LocalDate begindatum,
            LocalDate einddatum,
            List<Uitkomstmeting> metingen,
            String door,
            Instant op) {
        for (Uitkomstmeting m : metingen) {
            jdbc.sql("""
                            insert into portaal.uitkomstmeting (gemeente, toewijzingnummer, aanbieder, begindatum,
                                einddatum, informant, verder_zonder_hulp, tevredenheid, doelen, vastgelegd_door,
                                vastgelegd_op)
                            values (:gemeente, :nummer, :aanbieder, :begin, :eind, :informant, :verder, :cijfer,
                                :doelen, :door, :op)
                            on conflict (gemeente, toewijzingnummer, begindatum, informant) do update set
                                einddatum = excluded.einddatum, verder_zonder_hulp = excluded.verder_zonder_hulp,
                                tevredenheid = excluded.tevredenheid, doelen = excluded.doelen,
                                vastgelegd_door = excluded.vastgelegd_door, vastgelegd_op = excluded.vastgelegd_op""")
                    .param("gemeente", gemeente.value())
                    .param("nummer", nummer.value())
                    .param("aanbieder", aanbieder.value())
                    .param("begin", begindatum)
                    .param("eind", einddatum)
                    .param("informant", m.informant().name())
                    .param(
                            "verder",
                            m.verderZonderHulp() == null
                                    ? null
                                    : m.verderZonderHulp().code())
                    .param("cijfer", m.tevredenheid())
                    .param("doelen", m.doelen() == null ? null : m.doelen().name())
                    .param("door", door)
                    .param("op", java.sql.Timestamp.from(op))
                    .update();
        }
    }

    /** Forgets the measurements of a levering whose stop was withdrawn. */
    void verwijderMetingen(GemeenteCode gemeente, Toewijzingnummer nummer, LocalDate begindatum) {
        jdbc.sql("""
                        delete from portaal.uitkomstmeting
                         where gemeente = :gemeente and toewijzingnummer = :nummer and begindatum = :begin""")
                .param("gemeente", gemeente.value())
                .param("nummer", nummer.value())
                .param("begin", begindatum)
                .update();
    }

    /** The measurements of the leveringen on a toewijzing, per begindatum. */
    List<Leveringsuitkomst> metingen(GemeenteCode gemeente, Toewijzingnummer nummer) {
        return jdbc.sql("""
                        select begindatum, einddatum, informant, verder_zonder_hulp, tevredenheid, doelen
                          from portaal.uitkomstmeting where gemeente = :gemeente and toewijzingnummer = :nummer
                         order by begindatum, informant""")
                .param("gemeente", gemeente.value())
                .param("nummer", nummer.value())
                .query((rs, i) -> new Leveringsuitkomst(
                        rs.getObject("begindatum", LocalDate.class),
                        rs.getObject("einddatum", LocalDate.class),
                        new Uitkomstmeting(
                                Uitkomstmeting.Informant.valueOf(rs.getString("informant")),
                                Uitkomstmeting.VerderZonderHulp.vanCode(rs.getString("verder_zonder_hulp"))
                                        .orElse(null),
                                (Integer) rs.getObject("tevredenheid"),
                                rs.getString("doelen") == null
                                        ? null
                                        : Uitkomstmeting.Doelbereik.valueOf(rs.getString("doelen")))))
                .list();
    }
}
