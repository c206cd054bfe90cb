package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commitments of strategic partners to the ontwikkelopgaven, and their reported progress. */
@Service
public class OntwikkelopgaveService {

    private final JdbcClient jdbc;
    private final ContractService contracten;
    private final AanbiederService aanbieders;
    private final Inkooprechten toegang;
    private final Clock clock;

    OntwikkelopgaveService(
            JdbcClient jdbc,
            ContractService contracten,
            AanbiederService aanbieders,
            Inkooprechten toegang,
            Clock clock) {
        this.jdbc = jdbc;
        this.contracten = contracten;
        this.aanbieders = aanbieders;
        this.toegang = toegang;
        this.clock = clock;
    }

    public List<Ontwikkelafspraak> afspraken(long contractId) {
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

    /** Records a commitment; only strategic partners take part in the ontwikkelopgaven. */
    @Transactional
    public Ontwikkelafspraak voegAfspraakToe(
            long contractId,
            Ontwikkelopgave opgave,
            String indicator,
            BigDecimal nulmeting,
            BigDecimal streefwaarde,
            String eenheid,
            LocalDate streefdatum) {
        Contract contract = contracten.vereis(contractId);
        if (!aanbieders.vereis(contract.agb()).isStrategischPartner()) {
            throw new OngeldigeInvoer(
                    "opgave", "Afspraken over ontwikkelopgaven worden alleen met strategische partners gemaakt");
        }
        long id = jdbc.sql("""
                        insert into inkoop.ontwikkelafspraak
                            (contract_id, opgave, indicator, nulmeting, streefwaarde, eenheid, streefdatum)
                        values (:contract, :opgave, :indicator, :nulmeting, :streefwaarde, :eenheid, :streefdatum)
                        returning id""")
                .param("contract", contractId)
                .param("opgave", opgave.name())
                .param("indicator", indicator.trim())
                .param("nulmeting", nulmeting)
                .param("streefwaarde", streefwaarde)
                .param("eenheid", eenheid.trim())
                .param("streefdatum", streefdatum)
                .query(Long.class)
                .single();
        contracten.registreer(
                contractId,
                "ONTWIKKELOPGAVE",
                "Afspraak " + opgave.omschrijving() + " toegevoegd: " + indicator.trim() + ", streefwaarde "
                        + Notatie.metEenheid(streefwaarde, eenheid) + " op "
                        + Datumbereik.datum(streefdatum));
        return vereis(contractId, id);
    }

    /** Reports the value of the indicator on a peildatum; one report per peildatum. */
    @Transactional
    public Ontwikkelafspraak rapporteer(
            long contractId, long afspraakId, LocalDate peildatum, BigDecimal waarde, String toelichting) {
        Ontwikkelafspraak afspraak = vereis(contractId, afspraakId);
        if (peildatum.isAfter(LocalDate.now(clock))) {
            throw new OngeldigeInvoer("peildatum", "De peildatum ligt in de toekomst");
        }
        try {
            jdbc.sql("""
                            insert into inkoop.ontwikkelvoortgang
                                (afspraak_id, peildatum, waarde, toelichting, gerapporteerd_door, gerapporteerd_op)
                            values (:afspraak, :peildatum, :waarde, :toelichting, :door, :nu)""")
                    .param("afspraak", afspraakId)
                    .param("peildatum", peildatum)
                    .param("waarde", waarde)
                    .param("toelichting", AanbiederService.leegAlsNull(toelichting))
                    .param("door", toegang.gebruikersnaam())
                    .param("nu", OffsetDateTime.now(clock))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new OngeldigeInvoer(
                    "peildatum", "Voor " + Datumbereik.datum(peildatum) + " is de voortgang al gerapporteerd");
        }
        contracten.registreer(
                contractId,
                "ONTWIKKELOPGAVE",
                "Voortgang " + afspraak.opgave().omschrijving() + " (" + afspraak.indicator() + "): "
                        + Notatie.metEenheid(waarde, afspraak.eenheid()) + " op " + Datumbereik.datum(peildatum));
        return vereis(contractId, afspraakId);
    }

    private Ontwikkelafspraak vereis(long contractId, long afspraakId) {
        return afspraken(contractId).stream()
                .filter(a -> a.id() == afspraakId)
                .findFirst()
                .orElseThrow(
                        () -> new NietGevonden("Afspraak " + afspraakId + " hoort niet bij contract " + contractId));
    }
}
