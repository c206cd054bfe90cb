package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the ontwikkelafspraken under contracts and the progress reported on them. */
@Repository
class OntwikkelopgaveRepository {

    private final JdbcClient jdbc;

    OntwikkelopgaveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The afspraken of a contract by opgave, each with its reports in peildatum order. */
    List<Ontwikkelafspraak> afspraken(long contractId) {
        record Rij(
                long id,
                long contractId,
                String opgave,
                String indicator,
                BigDecimal nulmeting,
                BigDecimal streefwaarde,
                String eenheid,
                LocalDate streefdatum) {}
        List<Rij> rijen = jdbc.sql("""
                        select id, contract_id, opgave, indicator, nulmeting, streefwaarde, eenheid, streefdatum
                        from inkoop.ontwikkelafspraak where contract_id = :id order by opgave, id""").param("id", contractId).query(Rij.class).list();
        Map<Long, List<Ontwikkelafspraak.Voortgang>> voortgang = new HashMap<>();
        jdbc.sql("""
                        select v.afspraak_id, v.peildatum, v.waarde, v.toelichting, v.gerapporteerd_door,
                               v.gerapporteerd_op
                        from inkoop.ontwikkelvoortgang v join inkoop.ontwikkelafspraak o on o.id = v.afspraak_id
                        where o.contract_id = :id order by v.peildatum""")
                .param("id", contractId)
                .query((rs, i) -> Map.entry(
                        rs.getLong("afspraak_id"),
                        new Ontwikkelafspraak.Voortgang(
                                rs.getObject("peildatum", LocalDate.class),
                                rs.getBigDecimal("waarde"),
                                rs.getString("toelichting"),
                                rs.getString("gerapporteerd_door"),
                                rs.getObject("gerapporteerd_op", OffsetDateTime.class))))
                .list()
                .forEach(e -> voortgang
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return rijen.stream()
                .map(r -> new Ontwikkelafspraak(
                        r.id(),
                        r.contractId(),
                        Ontwikkelopgave.valueOf(r.opgave()),
                        r.indicator(),
                        r.nulmeting(),
                        r.streefwaarde(),
                        r.eenheid(),
                        r.streefdatum(),
                        voortgang.getOrDefault(r.id(), List.of())))
                .toList();
    }

    long voegAfspraakToe(Ontwikkelafspraak afspraak) {
        return jdbc.sql("""
                        insert into inkoop.ontwikkelafspraak
                            (contract_id, opgave, indicator, nulmeting, streefwaarde, eenheid, streefdatum)
                        values (:contract, :opgave, :indicator, :nulmeting, :streefwaarde, :eenheid, :streefdatum)
                        returning id""")
                .param("contract", afspraak.contractId())
                .param("opgave", afspraak.opgave().name())
                .param("indicator", afspraak.indicator())
                .param("nulmeting", afspraak.nulmeting())
                .param("streefwaarde", afspraak.streefwaarde())
                .param("eenheid", afspraak.eenheid())
                .param("streefdatum", afspraak.streefdatum())
                .query(Long.class)
                .single();
    }

    /** Stores a report; a second report on the same peildatum breaks a unique constraint. */
    void rapporteer(long afspraakId, Ontwikkelafspraak.Voortgang voortgang) {
        jdbc.sql("""
                        insert into inkoop.ontwikkelvoortgang
                            (afspraak_id, peildatum, waarde, toelichting, gerapporteerd_door, gerapporteerd_op)
                        values (:afspraak, :peildatum, :waarde, :toelichting, :door, :nu)""")
                .param("afspraak", afspraakId)
                .param("peildatum", voortgang.peildatum())
                .param("waarde", voortgang.waarde())
                .param("toelichting", voortgang.toelichting())
                .param("door", voortgang.gerapporteerdDoor())
                .param("nu", voortgang.gerapporteerdOp())
                .update();
    }
}
