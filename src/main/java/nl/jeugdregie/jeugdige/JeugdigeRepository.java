package nl.jeugdregie.jeugdige;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.Datumgebruik;
import nl.jeugdregie.kern.codelijst.Geslacht;
import nl.jeugdregie.kern.codelijst.Naamgebruik;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the register of jeugdigen in schema {@code jeugdige}. */
@Repository
class JeugdigeRepository {

    private static final String KOLOMMEN = """
            j.id, j.bsn, j.geboortedatum, j.datumgebruik, j.geslacht, j.achternaam, j.voorvoegsel, j.partner_achternaam,
            j.partner_voorvoegsel, j.voornamen, j.voorletters, j.naamgebruik, j.straatnaam, j.huisnummer, j.huisletter,
            j.huisnummertoevoeging, j.postcode, j.plaatsnaam, j.gegevensbron, j.gegevensbron_aanbieder,
            j.gegevens_gewijzigd_op, j.gegevens_gewijzigd_door""";

    private final JdbcClient jdbc;

    JeugdigeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Jeugdige> metBsn(Bsn bsn) {
        return jdbc.sql("select " + KOLOMMEN + " from jeugdige.jeugdige j where j.bsn = :bsn")
                .param("bsn", bsn.value())
                .query(this::jeugdige)
                .optional();
    }

    Optional<Jeugdige> metId(UUID id) {
        return jdbc.sql("select " + KOLOMMEN + " from jeugdige.jeugdige j where j.id = :id")
                .param("id", id)
                .query(this::jeugdige)
                .optional();
    }

    /**
     * Jeugdigen with this achternaam (without regard to case) and birth date who have or had a woonplaats in one of
     * {@code gemeenten}; with {@code voornaam} only those whose voornamen start with it.
     */
    List<Jeugdige> metNaam(
            String achternaam, LocalDate geboortedatum, String voornaam, Collection<GemeenteCode> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + KOLOMMEN + """
                         from jeugdige.jeugdige j
                        where lower(j.achternaam) = lower(:achternaam) and j.geboortedatum = :geboortedatum
                          and (cast(:voornaam as text) is null or lower(j.voornamen) like lower(:voornaam) || '%')
                          and (exists (select 1 from jeugdige.woonplaats w
                                        where w.jeugdige = j.id and w.gemeente in (:gemeenten))
                               or exists (select 1 from jeugdige.bekend_bij b
                                           where b.jeugdige = j.id and b.gemeente in (:gemeenten)))
                        order by j.achternaam, j.voornamen
                        limit 50""")
                .param("achternaam", achternaam)
                .param("geboortedatum", geboortedatum)
                .param("voornaam", voornaam)
                .param("gemeenten", codes(gemeenten))
                .query(this::jeugdige)
                .list();
    }

    /** Whether the jeugdige has or had a woonplaats in one of {@code gemeenten}, or is known there otherwise. */
    boolean bekendBij(UUID jeugdige, Collection<GemeenteCode> gemeenten) {
        if (gemeenten.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from jeugdige.woonplaats
                                        where jeugdige = :jeugdige and gemeente in (:gemeenten))
                            or exists (select 1 from jeugdige.bekend_bij
                                        where jeugdige = :jeugdige and gemeente in (:gemeenten))""")
                .param("jeugdige", jeugdige)
                .param("gemeenten", codes(gemeenten))
                .query(Boolean.class)
                .single();
    }

    /** Locks the jeugdige with this BSN until the transaction ends; empty when it is not in the register. */
    Optional<UUID> vergrendel(Bsn bsn) {
        return jdbc.sql("select id from jeugdige.jeugdige where bsn = :bsn for update")
                .param("bsn", bsn.value())
                .query(UUID.class)
                .optional();
    }

    /** Adds the jeugdige unless another transaction just did; answers the id of the row now locked. */
    UUID voegToe(Bsn bsn, String pseudoniem, Persoonsregistratie registratie) {
        UUID id = UUID.randomUUID();
        int toegevoegd = gegevens(jdbc.sql("""
                                insert into jeugdige.jeugdige (id, bsn, pseudoniem, geboortedatum, datumgebruik, geslacht,
                                    achternaam, voorvoegsel, partner_achternaam, partner_voorvoegsel, voornamen,
                                    voorletters, naamgebruik, straatnaam, huisnummer, huisletter, huisnummertoevoeging,
                                    postcode, plaatsnaam, gegevensbron, gegevensbron_aanbieder, ingeschreven_op,
                                    gegevens_gewijzigd_op, gegevens_gewijzigd_door)
                                values (:id, :bsn, :pseudoniem, :geboortedatum, :datumgebruik, :geslacht, :achternaam,
                                    :voorvoegsel, :partnerAchternaam, :partnerVoorvoegsel, :voornamen, :voorletters,
                                    :naamgebruik, :straatnaam, :huisnummer, :huisletter, :toevoeging, :postcode,
                                    :plaatsnaam, :bron, :aanbieder, :op, :op, :door)
                                on conflict (bsn) do nothing"""), registratie)
                .param("id", id)
                .param("bsn", bsn.value())
                .param("pseudoniem", pseudoniem)
                .update();
        return toegevoegd == 1 ? id : vergrendel(bsn).orElseThrow();
    }

    void werkBij(UUID id, Persoonsregistratie registratie) {
        gegevens(jdbc.sql("""
                                update jeugdige.jeugdige set geboortedatum = :geboortedatum, datumgebruik = :datumgebruik,
                                    geslacht = :geslacht, achternaam = :achternaam, voorvoegsel = :voorvoegsel,
                                    partner_achternaam = :partnerAchternaam, partner_voorvoegsel = :partnerVoorvoegsel,
                                    voornamen = :voornamen, voorletters = :voorletters, naamgebruik = :naamgebruik,
                                    straatnaam = :straatnaam, huisnummer = :huisnummer, huisletter = :huisletter,
                                    huisnummertoevoeging = :toevoeging, postcode = :postcode, plaatsnaam = :plaatsnaam,
                                    gegevensbron = :bron, gegevensbron_aanbieder = :aanbieder,
                                    gegevens_gewijzigd_op = :op, gegevens_gewijzigd_door = :door
                                where id = :id"""), registratie).param("id", id).update();
    }

    private static JdbcClient.StatementSpec gegevens(JdbcClient.StatementSpec sql, Persoonsregistratie r) {
        Persoonsgegevens g = r.gegevens();
        Persoonsgegevens.Adres adres = g.adres();
        return sql.param("geboortedatum", g.geboortedatum())
                .param(
                        "datumgebruik",
                        g.datumgebruik() == null ? null : g.datumgebruik().code())
                .param("geslacht", g.geslacht().code())
                .param("achternaam", g.achternaam())
                .param("voorvoegsel", g.voorvoegsel())
                .param("partnerAchternaam", g.partnerAchternaam())
                .param("partnerVoorvoegsel", g.partnerVoorvoegsel())
                .param("voornamen", g.voornamen())
                .param("voorletters", g.voorletters())
                .param("naamgebruik", g.naamgebruik().code())
                .param("straatnaam", adres == null ? null : adres.straatnaam())
                .param("huisnummer", adres == null ? null : adres.huisnummer())
                .param("huisletter", adres == null ? null : adres.huisletter())
                .param("toevoeging", adres == null ? null : adres.huisnummertoevoeging())
                .param("postcode", adres == null ? null : adres.postcode())
                .param("plaatsnaam", adres == null ? null : adres.plaatsnaam())
                .param("bron", r.bron().name())
                .param("aanbieder", r.aanbieder() == null ? null : r.aanbieder().value())
                .param("op", Timestamp.from(r.gewijzigdOp()))
                .param("door", r.gewijzigdDoor());
    }

    List<Woonplaats> woonplaatsen(UUID jeugdige) {
        return jdbc.sql("""
                        select gemeente, lower(geldig) as van, upper(geldig) - 1 as tot
                          from jeugdige.woonplaats where jeugdige = :jeugdige and not isempty(geldig)
                         order by lower(geldig)""")
                .param("jeugdige", jeugdige)
                .query((rs, rij) -> new Woonplaats(
                        new GemeenteCode(rs.getString("gemeente")),
                        rs.getObject("van", LocalDate.class),
                        rs.getObject("tot", LocalDate.class)))
                .list();
    }

    /**
     * Makes {@code gemeente} responsible from {@code per}: the period that runs then ends the day before and the new
     * one runs without end. Never removes a period: when {@code per} is not after the start of the latest period, the
     * new one starts the day after that start, so every gemeente keeps its history. Answers the day it starts.
     */
    LocalDate verhuis(UUID jeugdige, GemeenteCode gemeente, LocalDate per, Instant op, String door) {
        LocalDate laatste = jdbc.sql("select max(lower(geldig)) from jeugdige.woonplaats where jeugdige = :jeugdige")
                .param("jeugdige", jeugdige)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        LocalDate vanaf = laatste != null && !per.isAfter(laatste) ? laatste.plusDays(1) : per;
        jdbc.sql("""
                        update jeugdige.woonplaats set geldig = daterange(lower(geldig), :vanaf)
                         where jeugdige = :jeugdige and geldig @> cast(:vanaf as date)""").param("jeugdige", jeugdige).param("vanaf", vanaf).update();
        jdbc.sql("""
                        insert into jeugdige.woonplaats (jeugdige, gemeente, geldig, vastgelegd_op, vastgelegd_door)
                        values (:jeugdige, :gemeente, daterange(:vanaf, null), :op, :door)""")
                .param("jeugdige", jeugdige)
                .param("gemeente", gemeente.value())
                .param("vanaf", vanaf)
                .param("op", Timestamp.from(op))
                .param("door", door)
                .update();
        return vanaf;
    }

    /** Records that {@code gemeente} knows the jeugdige (a verzoek, a toewijzing) without being its woonplaats. */
    void maakBekend(UUID jeugdige, GemeenteCode gemeente, String reden, Instant op) {
        jdbc.sql("""
                        insert into jeugdige.bekend_bij (jeugdige, gemeente, sinds, reden)
                        values (:jeugdige, :gemeente, :op, :reden) on conflict do nothing""")
                .param("jeugdige", jeugdige)
                .param("gemeente", gemeente.value())
                .param("op", Timestamp.from(op))
                .param("reden", reden)
                .update();
    }

    List<Gezinslid> gezinsleden(UUID jeugdige) {
        return jdbc.sql("""
                        select id, relatie, naam, geboortedatum, gezag, woont_in_huis, adres
                          from jeugdige.gezinslid where jeugdige = :jeugdige order by gezag desc, vastgelegd_op, id""")
                .param("jeugdige", jeugdige)
                .query((rs, rij) -> new Gezinslid(
                        rs.getObject("id", UUID.class),
                        Relatie.valueOf(rs.getString("relatie")),
                        rs.getString("naam"),
                        rs.getObject("geboortedatum", LocalDate.class),
                        rs.getBoolean("gezag"),
                        rs.getBoolean("woont_in_huis"),
                        rs.getString("adres")))
                .list();
    }

    UUID voegGezinslidToe(UUID jeugdige, Gezinslid lid, Instant op, String door) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into jeugdige.gezinslid (id, jeugdige, relatie, naam, geboortedatum, gezag, woont_in_huis,
                            adres, vastgelegd_op, vastgelegd_door)
                        values (:id, :jeugdige, :relatie, :naam, :geboortedatum, :gezag, :woontInHuis, :adres, :op,
                            :door)""")
                .param("id", id)
                .param("jeugdige", jeugdige)
                .param("relatie", lid.relatie().name())
                .param("naam", lid.naam())
                .param("geboortedatum", lid.geboortedatum())
                .param("gezag", lid.gezag())
                .param("woontInHuis", lid.woontInHuis())
                .param("adres", lid.adres())
                .param("op", Timestamp.from(op))
                .param("door", door)
                .update();
        return id;
    }

    boolean verwijderGezinslid(UUID jeugdige, UUID lid) {
        return jdbc.sql("delete from jeugdige.gezinslid where jeugdige = :jeugdige and id = :id")
                        .param("jeugdige", jeugdige)
                        .param("id", lid)
                        .update()
                == 1;
    }

    List<Voorziening> voorzieningen(UUID jeugdige) {
        return jdbc.sql("""
                        select id, gemeente, soort, omschrijving, lower(geldig) as van, upper(geldig) - 1 as tot
                          from jeugdige.voorziening where jeugdige = :jeugdige order by lower(geldig) desc, id""")
                .param("jeugdige", jeugdige)
                .query((rs, rij) -> new Voorziening(
                        rs.getObject("id", UUID.class),
                        new GemeenteCode(rs.getString("gemeente")),
                        Voorzieningsoort.valueOf(rs.getString("soort")),
                        rs.getString("omschrijving"),
                        rs.getObject("van", LocalDate.class),
                        rs.getObject("tot", LocalDate.class)))
                .list();
    }

    UUID voegVoorzieningToe(UUID jeugdige, Voorziening voorziening, Instant op, String door) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into jeugdige.voorziening (id, jeugdige, gemeente, soort, omschrijving, geldig,
                            vastgelegd_op, vastgelegd_door)
                        values (:id, :jeugdige, :gemeente, :soort, :omschrijving,
                            daterange(:van, cast(:tot as date) + 1), :op, :door)""")
                .param("id", id)
                .param("jeugdige", jeugdige)
                .param("gemeente", voorziening.gemeente().value())
                .param("soort", voorziening.soort().name())
                .param("omschrijving", voorziening.omschrijving())
                .param("van", voorziening.van())
                .param("tot", voorziening.tot())
                .param("op", Timestamp.from(op))
                .param("door", door)
                .update();
        return id;
    }

    private Jeugdige jeugdige(ResultSet rs, int rij) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Jeugdige(id, new Bsn(rs.getString("bsn")), registratie(rs), woonplaatsen(id));
    }

    private static Persoonsregistratie registratie(ResultSet rs) throws SQLException {
        String straat = rs.getString("straatnaam");
        Persoonsgegevens.Adres adres = straat == null
                ? null
                : new Persoonsgegevens.Adres(
                        straat,
                        rs.getInt("huisnummer"),
                        rs.getString("huisletter"),
                        rs.getString("huisnummertoevoeging"),
                        rs.getString("postcode"),
                        rs.getString("plaatsnaam"));
        String datumgebruik = rs.getString("datumgebruik");
        Persoonsgegevens gegevens = new Persoonsgegevens(
                rs.getObject("geboortedatum", LocalDate.class),
                datumgebruik == null ? null : Datumgebruik.vanCode(datumgebruik),
                Geslacht.vanCode(rs.getString("geslacht")),
                rs.getString("achternaam"),
                rs.getString("voorvoegsel"),
                rs.getString("partner_achternaam"),
                rs.getString("partner_voorvoegsel"),
                rs.getString("voornamen"),
                rs.getString("voorletters"),
                Naamgebruik.vanCode(rs.getString("naamgebruik")),
                adres);
        String aanbieder = rs.getString("gegevensbron_aanbieder");
        return new Persoonsregistratie(
                gegevens,
                Persoonsregistratie.Bron.valueOf(rs.getString("gegevensbron")),
                aanbieder == null ? null : new AgbCode(aanbieder),
                rs.getTimestamp("gegevens_gewijzigd_op").toInstant(),
                rs.getString("gegevens_gewijzigd_door"));
    }

    private static List<String> codes(Collection<GemeenteCode> gemeenten) {
        return gemeenten.stream().map(GemeenteCode::value).toList();
    }
}
