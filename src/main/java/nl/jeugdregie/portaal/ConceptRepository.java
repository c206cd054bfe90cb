package nl.jeugdregie.portaal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.declaratie.Conceptregel;
import nl.jeugdregie.declaratie.Prestatie;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.Toewijzingnummer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The concept declaraties of the portal and their prestaties (tables {@code portaal.declaratieconcept}, {@code portaal.conceptprestatie}). */
@Repository
class ConceptRepository {

    private static final String SCHEIDING = "\n";

    private final JdbcClient jdbc;

    ConceptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored concept without its prestaties. */
    record Kop(
            long id,
            AgbCode aanbieder,
            GemeenteCode gemeente,
            YearMonth maand,
            String declaratienummer,
            List<String> opmerkingen,
            Instant gemaaktOp,
            UUID bericht,
            String identificatie,
            String ingediendDoor,
            Instant ingediendOp) {}

    /** A stored prestatie with what the concept proposed for it. */
    record Opgeslagen(int volgnummer, Prestatie prestatie, long voorgesteldVolume, String toelichting) {}

    long bewaar(
            AgbCode aanbieder,
            GemeenteCode gemeente,
            YearMonth maand,
            String declaratienummer,
            List<Conceptregel> regels,
            List<String> opmerkingen,
            String door,
            Instant op) {
        long id = jdbc.sql("""
                        insert into portaal.declaratieconcept (aanbieder, gemeente, maand, declaratienummer, opmerkingen,
                            gemaakt_door, gemaakt_op, gewijzigd_op)
                        values (:aanbieder, :gemeente, :maand, :nummer, :opmerkingen, :door, :op, :op)
                        returning id""")
                .param("aanbieder", aanbieder.value())
                .param("gemeente", gemeente.value())
                .param("maand", maand.atDay(1))
                .param("nummer", declaratienummer)
                .param("opmerkingen", String.join(SCHEIDING, opmerkingen))
                .param("door", door)
                .param("op", Timestamp.from(op))
                .query(Long.class)
                .single();
        if (!regels.isEmpty()) {
            voegToe(id, regels);
        }
        return id;
    }

    /** {@code aantal} new numbers of {@code portaal.uploadnummer} in one query, in order. */
    List<Long> uploadnummers(int aantal) {
        return jdbc.sql("select nextval('portaal.uploadnummer') from generate_series(1, :aantal)")
                .param("aantal", aantal)
                .query(Long.class)
                .list();
    }

    /**
     * Adds the prestaties after those the concept has, in one statement however many there are (the lines travel as
     * one JSON array), so a file of ten thousand prestaties is stored in one round trip.
     */
    void voegToe(long concept, List<Conceptregel> regels) {
        List<Map<String, Object>> rijen = new ArrayList<>(regels.size());
        for (Conceptregel r : regels) {
            Prestatie p = r.prestatie();
            Map<String, Object> rij = new HashMap<>();
            rij.put("nr", rijen.size() + 1);
            rij.put("referentie", p.referentienummer());
            rij.put("vorige", p.vorigReferentienummer());
            rij.put("bsn", p.client().value());
            rij.put("toewijzing", p.toewijzingnummer().value());
            rij.put("categorie", p.productcategorie().code());
            rij.put("code", p.productcode());
            rij.put("begin", p.productperiode().begin().toString());
            rij.put("eind", p.productperiode().eind().toString());
            rij.put("volume", p.geleverdVolume());
            rij.put("eenheid", p.eenheid().code());
            rij.put(
                    "tarief",
                    p.productTarief() == null ? null : p.productTarief().eurocent());
            rij.put("bedrag", p.ingediendBedrag().eurocent());
            rij.put("dc", p.debetCredit().code());
            rij.put("toelichting", r.toelichting());
            rijen.add(rij);
        }
        jdbc.sql("""
                        insert into portaal.conceptprestatie (concept, volgnummer, referentienummer,
                            vorig_referentienummer, bsn, toewijzingnummer, productcategorie, productcode, begindatum,
                            einddatum, volume, voorgesteld_volume, eenheid, tarief, bedrag, debet_credit, toelichting)
                        select :concept, coalesce((select max(volgnummer) from portaal.conceptprestatie
                                                    where concept = :concept), 0) + r.nr,
                               r.referentie, r.vorige, r.bsn, r.toewijzing, r.categorie, r.code, r.begin, r.eind,
                               r.volume, r.volume, r.eenheid, r.tarief, r.bedrag, r.dc, r.toelichting
                          from jsonb_to_recordset(cast(:regels as jsonb)) as r(nr int, referentie text, vorige text,
                               bsn text, toewijzing bigint, categorie text, code text, begin date, eind date,
                               volume bigint, eenheid text, tarief bigint, bedrag bigint, dc text, toelichting text)""")
                .param("concept", concept)
                .param("regels", JsonMapper.builder().build().writeValueAsString(rijen))
                .update();
    }

    private static final String KOP = """
            select id, aanbieder, gemeente, maand, declaratienummer, opmerkingen, gemaakt_op, bericht, identificatie,
                   ingediend_door, ingediend_op
              from portaal.declaratieconcept""";

    /** The concept of this aanbieder, locked against a concurrent change when {@code vergrendeld}. */
    Optional<Kop> kop(AgbCode aanbieder, long id, boolean vergrendeld) {
        return jdbc.sql(KOP + " where id = :id and aanbieder = :aanbieder" + (vergrendeld ? " for update" : ""))
                .param("id", id)
                .param("aanbieder", aanbieder.value())
                .query(ConceptRepository::kop)
                .optional();
    }

    /** The concept of this aanbieder for the gemeente and month that is not yet sent, if there is one. */
    Optional<Kop> open(AgbCode aanbieder, GemeenteCode gemeente, YearMonth maand) {
        return jdbc.sql(KOP + " where aanbieder = :aanbieder and gemeente = :gemeente and maand = :maand"
                        + " and bericht is null order by id desc limit 1")
                .param("aanbieder", aanbieder.value())
                .param("gemeente", gemeente.value())
                .param("maand", maand.atDay(1))
                .query(ConceptRepository::kop)
                .optional();
    }

    /** The concepts of the aanbieder, newest first, with their number of prestaties and total in eurocent. */
    record Samenvatting(Kop kop, int prestaties, long saldo) {}

    List<Samenvatting> vanAanbieder(AgbCode aanbieder, int hoogstens) {
        return jdbc.sql("""
                        select c.id, c.aanbieder, c.gemeente, c.maand, c.declaratienummer, c.opmerkingen, c.gemaakt_op,
                               c.bericht, c.identificatie, c.ingediend_door, c.ingediend_op,
                               count(p.volgnummer) as prestaties,
                               coalesce(sum(case when p.debet_credit = 'C' then -p.bedrag else p.bedrag end), 0) as saldo
                          from portaal.declaratieconcept c
                          left join portaal.conceptprestatie p on p.concept = c.id
                         where c.aanbieder = :aanbieder
                         group by c.id
                         order by c.gemaakt_op desc, c.id desc
                         limit :hoogstens""")
                .param("aanbieder", aanbieder.value())
                .param("hoogstens", hoogstens)
                .query((rs, i) -> new Samenvatting(kop(rs, i), rs.getInt("prestaties"), rs.getLong("saldo")))
                .list();
    }

    List<Opgeslagen> prestaties(long concept) {
        return jdbc.sql("""
                        select volgnummer, referentienummer, vorig_referentienummer, bsn, toewijzingnummer,
                               productcategorie, productcode, begindatum, einddatum, volume, voorgesteld_volume, eenheid,
                               tarief, bedrag, debet_credit, toelichting
                          from portaal.conceptprestatie where concept = :concept order by volgnummer""")
                .param("concept", concept)
                .query((rs, i) -> new Opgeslagen(
                        rs.getInt("volgnummer"),
                        new Prestatie(
                                rs.getString("referentienummer"),
                                rs.getString("vorig_referentienummer"),
                                new Bsn(rs.getString("bsn")),
                                new Toewijzingnummer(rs.getLong("toewijzingnummer")),
                                Productcategorie.vanCode(rs.getString("productcategorie")),
                                rs.getString("productcode"),
                                Periode.van(
                                        rs.getObject("begindatum", LocalDate.class),
                                        rs.getObject("einddatum", LocalDate.class)),
                                rs.getLong("volume"),
                                Eenheid.vanCode(rs.getString("eenheid")),
                                rs.getObject("tarief") == null ? null : new Bedrag(rs.getLong("tarief")),
                                new Bedrag(rs.getLong("bedrag")),
                                DebetCredit.vanCode(rs.getString("debet_credit"))),
                        rs.getLong("voorgesteld_volume"),
                        rs.getString("toelichting")))
                .list();
    }

    void wijzig(long concept, int volgnummer, Prestatie p, Instant op) {
        jdbc.sql("""
                        update portaal.conceptprestatie set volume = :volume, bedrag = :bedrag, tarief = :tarief
                         where concept = :concept and volgnummer = :volgnummer""")
                .param("volume", p.geleverdVolume())
                .param("bedrag", p.ingediendBedrag().eurocent())
                .param(
                        "tarief",
                        p.productTarief() == null ? null : p.productTarief().eurocent())
                .param("concept", concept)
                .param("volgnummer", volgnummer)
                .update();
        gewijzigd(concept, op);
    }

    void verwijder(long concept, int volgnummer, Instant op) {
        jdbc.sql("delete from portaal.conceptprestatie where concept = :concept and volgnummer = :volgnummer")
                .param("concept", concept)
                .param("volgnummer", volgnummer)
                .update();
        gewijzigd(concept, op);
    }

    void verwijder(long concept) {
        jdbc.sql("delete from portaal.declaratieconcept where id = :id and bericht is null")
                .param("id", concept)
                .update();
    }

    void verstuurd(long concept, UUID bericht, String identificatie, String door, Instant op) {
        jdbc.sql("""
                        update portaal.declaratieconcept
                           set bericht = :bericht, identificatie = :identificatie, ingediend_door = :door,
                               ingediend_op = :op, gewijzigd_op = :op
                         where id = :id""")
                .param("bericht", bericht)
                .param("identificatie", identificatie)
                .param("door", door)
                .param("op", Timestamp.from(op))
                .param("id", concept)
                .update();
    }

    private void gewijzigd(long concept, Instant op) {
        jdbc.sql("update portaal.declaratieconcept set gewijzigd_op = :op where id = :id")
                .param("op", Timestamp.from(op))
                .param("id", concept)
                .update();
    }

    private static Kop kop(ResultSet rs, int rij) throws SQLException {
        String opmerkingen = rs.getString("opmerkingen");
        Timestamp ingediend = rs.getTimestamp("ingediend_op");
        return new Kop(
                rs.getLong("id"),
                new AgbCode(rs.getString("aanbieder")),
                new GemeenteCode(rs.getString("gemeente")),
                YearMonth.from(rs.getObject("maand", LocalDate.class)),
                rs.getString("declaratienummer"),
                opmerkingen == null || opmerkingen.isEmpty()
                        ? List.of()
                        : new ArrayList<>(Arrays.asList(opmerkingen.split(SCHEIDING))),
                rs.getTimestamp("gemaakt_op").toInstant(),
                rs.getObject("bericht", UUID.class),
                rs.getString("identificatie"),
                rs.getString("ingediend_door"),
                ingediend == null ? null : ingediend.toInstant());
    }
}
