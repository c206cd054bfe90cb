package nl.jeugdregie.inkoop;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the aanbiedersregister: aanbieders, their other names, locations and contact persons. */
@Repository
class AanbiederRepository {

    private static final String KOLOMMEN = """
            a.agb, a.kvk, a.naam, a.relatie, a.status, a.website, a.demo,
            array(select al.naam from inkoop.aanbieder_alias al where al.aanbieder_id = a.id order by al.naam) as aliassen""";

    private final JdbcClient jdbc;

    AanbiederRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every parameter may be null: no filter on it. */
    Resultaatpagina<Aanbieder> zoek(
            String tekst, Relatie relatie, AanbiederStatus status, AgbCode alleen, Paginering paginering) {
        String filter = """
                from inkoop.aanbieder a
                where (cast(:tekst as text) is null or a.naam ilike '%' || cast(:tekst as text) || '%'
                       or a.agb = cast(:tekst as text) or a.kvk = cast(:tekst as text)
                       or exists (select 1 from inkoop.aanbieder_alias al
                                  where al.aanbieder_id = a.id and al.naam ilike '%' || cast(:tekst as text) || '%'))
                  and (cast(:relatie as text) is null or a.relatie = cast(:relatie as text))
                  and (cast(:status as text) is null or a.status = cast(:status as text))
                  and (cast(:agb as text) is null or a.agb = cast(:agb as text))""";
        Map<String, Object> params = new HashMap<>();
        params.put("tekst", tekst);
        params.put("relatie", relatie == null ? null : relatie.name());
        params.put("status", status == null ? null : status.name());
        params.put("agb", alleen == null ? null : alleen.value());
        return Paginaquery.pagina(jdbc, KOLOMMEN, filter, "a.naam", params, paginering, AanbiederRepository::aanbieder);
    }

    Optional<Aanbieder> aanbieder(AgbCode agb) {
        return jdbc.sql("select " + KOLOMMEN + " from inkoop.aanbieder a where a.agb = :agb")
                .param("agb", agb.value())
                .query(AanbiederRepository::aanbieder)
                .optional();
    }

    /** The name of every aanbieder by its AGB code, for linking and labelling the lines of a feed. */
    Map<AgbCode, String> namen() {
        Map<AgbCode, String> namen = new HashMap<>();
        jdbc.sql("select agb, naam from inkoop.aanbieder")
                .query((rs, i) -> Map.entry(new AgbCode(rs.getString("agb")), rs.getString("naam")))
                .list()
                .forEach(e -> namen.put(e.getKey(), e.getValue()));
        return namen;
    }

    Optional<Long> id(AgbCode agb) {
        return jdbc.sql("select id from inkoop.aanbieder where agb = :agb")
                .param("agb", agb.value())
                .query(Long.class)
                .optional();
    }

    boolean isLeeg() {
        return jdbc.sql("select not exists (select 1 from inkoop.aanbieder)")
                .query(Boolean.class)
                .single();
    }

    long voegToe(Aanbiedergegevens gegevens, OffsetDateTime nu, String door) {
        return jdbc.sql("""
                        insert into inkoop.aanbieder (agb, kvk, naam, naam_sleutel, relatie, status, website,
                                                      gewijzigd_op, gewijzigd_door)
                        values (:agb, :kvk, :naam, :sleutel, :relatie, :status, :website, :nu, :door)
                        returning id""")
                .params(waarden(gegevens, nu, door))
                .query(Long.class)
                .single();
    }

    void wijzig(Aanbiedergegevens gegevens, OffsetDateTime nu, String door) {
        jdbc.sql("""
                        update inkoop.aanbieder set kvk = :kvk, naam = :naam, naam_sleutel = :sleutel,
                               relatie = :relatie, status = :status, website = :website,
                               gewijzigd_op = :nu, gewijzigd_door = :door
                        where agb = :agb""").params(waarden(gegevens, nu, door)).update();
    }

    void markeerAlsDemo(AgbCode agb) {
        jdbc.sql("update inkoop.aanbieder set demo = true where agb = :agb")
                .param("agb", agb.value())
                .update();
    }

    /** Replaces the other names of an aanbieder; names without a name key are left out. */
    void vervangAliassen(long aanbiederId, List<String> aliassen) {
        jdbc.sql("delete from inkoop.aanbieder_alias where aanbieder_id = :id")
                .param("id", aanbiederId)
                .update();
        for (String alias : aliassen) {
            String sleutel = Naamsleutel.van(alias);
            if (sleutel.isEmpty()) {
                continue;
            }
            jdbc.sql("""
                            insert into inkoop.aanbieder_alias (aanbieder_id, naam, naam_sleutel)
                            values (:id, :naam, :sleutel) on conflict do nothing""")
                    .param("id", aanbiederId)
                    .param("naam", alias)
                    .param("sleutel", sleutel)
                    .update();
        }
    }

    /** The name of another aanbieder that already uses this name key as one of its other names. */
    Optional<String> aanbiederMetAlias(String sleutel, AgbCode behalve) {
        return jdbc.sql("""
                        select a.naam from inkoop.aanbieder_alias al join inkoop.aanbieder a on a.id = al.aanbieder_id
                        where al.naam_sleutel = :sleutel and a.agb <> :agb""")
                .param("sleutel", sleutel)
                .param("agb", behalve.value())
                .query(String.class)
                .optional();
    }

    /** Every name key (own name and other names) with the AGB code it belongs to; the first one wins. */
    Map<String, AgbCode> naamsleutels() {
        Map<String, AgbCode> sleutels = new HashMap<>();
        jdbc.sql("""
                        select a.naam_sleutel as sleutel, a.agb from inkoop.aanbieder a
                        union all
                        select al.naam_sleutel, a.agb from inkoop.aanbieder_alias al
                        join inkoop.aanbieder a on a.id = al.aanbieder_id""")
                .query((rs, i) -> Map.entry(rs.getString("sleutel"), new AgbCode(rs.getString("agb"))))
                .list()
                .forEach(e -> sleutels.putIfAbsent(e.getKey(), e.getValue()));
        return sleutels;
    }

    List<Locatie> locaties(AgbCode agb) {
        return jdbc.sql("""
                        select l.id, l.naam, l.adres, l.postcode, l.plaats from inkoop.locatie l
                        join inkoop.aanbieder a on a.id = l.aanbieder_id where a.agb = :agb order by l.naam""").param("agb", agb.value()).query(Locatie.class).list();
    }

    long voegLocatieToe(long aanbiederId, Locatie locatie) {
        return jdbc.sql("""
                        insert into inkoop.locatie (aanbieder_id, naam, adres, postcode, plaats)
                        values (:aanbieder, :naam, :adres, :postcode, :plaats) returning id""")
                .param("aanbieder", aanbiederId)
                .params(locatiewaarden(locatie))
                .query(Long.class)
                .single();
    }

    /** Whether the location existed at this aanbieder and was changed. */
    boolean wijzigLocatie(long aanbiederId, Locatie locatie) {
        return jdbc.sql("""
                                update inkoop.locatie set naam = :naam, adres = :adres, postcode = :postcode,
                                       plaats = :plaats
                                where id = :id and aanbieder_id = :aanbieder""")
                        .param("id", locatie.id())
                        .param("aanbieder", aanbiederId)
                        .params(locatiewaarden(locatie))
                        .update()
                > 0;
    }

    /** Whether the location existed at this aanbieder and was removed. */
    boolean verwijderLocatie(long aanbiederId, long id) {
        return verwijder("inkoop.locatie", aanbiederId, id);
    }

    List<Contactpersoon> contactpersonen(AgbCode agb) {
        return jdbc.sql("""
                        select c.id, c.naam, c.functie, c.email, c.telefoon from inkoop.contactpersoon c
                        join inkoop.aanbieder a on a.id = c.aanbieder_id where a.agb = :agb order by c.naam""")
                .param("agb", agb.value())
                .query(Contactpersoon.class)
                .list();
    }

    long voegContactpersoonToe(long aanbiederId, Contactpersoon persoon) {
        return jdbc.sql("""
                        insert into inkoop.contactpersoon (aanbieder_id, naam, functie, email, telefoon)
                        values (:aanbieder, :naam, :functie, :email, :telefoon) returning id""")
                .param("aanbieder", aanbiederId)
                .params(contactwaarden(persoon))
                .query(Long.class)
                .single();
    }

    /** Whether the contact person existed at this aanbieder and was changed. */
    boolean wijzigContactpersoon(long aanbiederId, Contactpersoon persoon) {
        return jdbc.sql("""
                                update inkoop.contactpersoon set naam = :naam, functie = :functie, email = :email,
                                       telefoon = :telefoon
                                where id = :id and aanbieder_id = :aanbieder""")
                        .param("id", persoon.id())
                        .param("aanbieder", aanbiederId)
                        .params(contactwaarden(persoon))
                        .update()
                > 0;
    }

    /** Whether the contact person existed at this aanbieder and was removed. */
    boolean verwijderContactpersoon(long aanbiederId, long id) {
        return verwijder("inkoop.contactpersoon", aanbiederId, id);
    }

    private boolean verwijder(String tabel, long aanbiederId, long id) {
        return jdbc.sql("delete from " + tabel + " where id = :id and aanbieder_id = :aanbieder")
                        .param("id", id)
                        .param("aanbieder", aanbiederId)
                        .update()
                > 0;
    }

    private static Map<String, Object> waarden(Aanbiedergegevens gegevens, OffsetDateTime nu, String door) {
        Map<String, Object> waarden = new HashMap<>();
        waarden.put("agb", gegevens.agb().value());
        waarden.put("kvk", gegevens.kvk());
        waarden.put("naam", gegevens.naam());
        waarden.put("sleutel", Naamsleutel.van(gegevens.naam()));
        waarden.put("relatie", gegevens.relatie().name());
        waarden.put("status", gegevens.status().name());
        waarden.put("website", gegevens.website());
        waarden.put("nu", nu);
        waarden.put("door", door);
        return waarden;
    }

    private static Map<String, Object> locatiewaarden(Locatie locatie) {
        Map<String, Object> waarden = new HashMap<>();
        waarden.put("naam", locatie.naam());
        waarden.put("adres", locatie.adres());
        waarden.put("postcode", locatie.postcode());
        waarden.put("plaats", locatie.plaats());
        return waarden;
    }

    private static Map<String, Object> contactwaarden(Contactpersoon persoon) {
        Map<String, Object> waarden = new HashMap<>();
        waarden.put("naam", persoon.naam());
        waarden.put("functie", persoon.functie());
        waarden.put("email", persoon.email());
        waarden.put("telefoon", persoon.telefoon());
        return waarden;
    }

    private static Aanbieder aanbieder(ResultSet rs, int rij) throws SQLException {
        Array aliassen = rs.getArray("aliassen");
        return new Aanbieder(
                new AgbCode(rs.getString("agb")),
                rs.getString("kvk"),
                rs.getString("naam"),
                Relatie.valueOf(rs.getString("relatie")),
                AanbiederStatus.valueOf(rs.getString("status")),
                rs.getString("website"),
                aliassen == null ? List.of() : Arrays.asList((String[]) aliassen.getArray()),
                rs.getBoolean("demo"));
    }

    /** Every aanbieder's name by its AGB code. */
    Map<String, String> naamPerAgb() {
        Map<String, String> namen = new HashMap<>();
        jdbc.sql("select agb, naam from inkoop.aanbieder").query(rs -> {
            namen.put(rs.getString(1).strip(), rs.getString(2));
        });
        return namen;
    }
}
