package nl.jeugdregie.inkoop;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.platform.Codesoort;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of aanbieders with their locations, contact persons and other names. */
@Service
public class AanbiederService {

    private static final String KOLOMMEN = """
            a.agb, a.kvk, a.naam, a.relatie, a.status, a.website, a.demo,
            array(select al.naam from inkoop.aanbieder_alias al where al.aanbieder_id = a.id order by al.naam) as aliassen""";

    private final JdbcClient jdbc;
    private final Inkooprechten toegang;
    private final Clock clock;
    private final Namen namen;

    AanbiederService(JdbcClient jdbc, Inkooprechten toegang, Clock clock, Namen namen) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.clock = clock;
        this.namen = namen;
    }

    /**
     * Aanbieders filtered on part of the name, AGB or KvK ({@code tekst}), relation and status; with
     * {@code alleen} just that one aanbieder (the scope of an AANBIEDER user).
     */
    public Resultaatpagina<Aanbieder> zoek(
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
        params.put("tekst", tekst == null || tekst.isBlank() ? null : tekst.trim());
        params.put("relatie", relatie == null ? null : relatie.name());
        params.put("status", status == null ? null : status.name());
        params.put("agb", alleen == null ? null : alleen.value());
        return Paginaquery.pagina(jdbc, KOLOMMEN, filter, "a.naam", params, paginering, AanbiederService::aanbieder);
    }

    public Optional<Aanbieder> aanbieder(AgbCode agb) {
        return jdbc.sql("select " + KOLOMMEN + " from inkoop.aanbieder a where a.agb = :agb")
                .param("agb", agb.value())
                .query(AanbiederService::aanbieder)
                .optional();
    }

    public Aanbieder vereis(AgbCode agb) {
        return aanbieder(agb).orElseThrow(() -> new NietGevonden("Aanbieder met AGB-code " + agb + " bestaat niet"));
    }

    @Transactional
    public Aanbieder voegToe(Aanbiedergegevens gegevens) {
        if (aanbieder(gegevens.agb()).isPresent()) {
            throw new Conflict("Er is al een aanbieder met AGB-code " + gegevens.agb());
        }
        controleer(gegevens);
        long id = jdbc.sql("""
                        insert into inkoop.aanbieder (agb, kvk, naam, naam_sleutel, relatie, status, website,
                                                      gewijzigd_op, gewijzigd_door)
                        values (:agb, :kvk, :naam, :sleutel, :relatie, :status, :website, :nu, :door)
                        returning id""").params(waarden(gegevens)).query(Long.class).single();
        schrijfAliassen(id, gegevens.aliassen());
        namen.vergeet(Codesoort.AANBIEDER);
        return vereis(gegevens.agb());
    }

    @Transactional
    public Aanbieder wijzig(AgbCode agb, Aanbiedergegevens gegevens) {
        long id = id(agb);
        if (!agb.equals(gegevens.agb())) {
            throw new OngeldigeInvoer("agb", "De AGB-code van een aanbieder kan niet worden gewijzigd");
        }
        controleer(gegevens);
        jdbc.sql("""
                        update inkoop.aanbieder set kvk = :kvk, naam = :naam, naam_sleutel = :sleutel,
                               relatie = :relatie, status = :status, website = :website,
                               gewijzigd_op = :nu, gewijzigd_door = :door
                        where agb = :agb""").params(waarden(gegevens)).update();
        jdbc.sql("delete from inkoop.aanbieder_alias where aanbieder_id = :id")
                .param("id", id)
                .update();
        schrijfAliassen(id, gegevens.aliassen());
        namen.vergeet(Codesoort.AANBIEDER);
        return vereis(agb);
    }

    public List<Locatie> locaties(AgbCode agb) {
        return jdbc.sql("""
                        select l.id, l.naam, l.adres, l.postcode, l.plaats from inkoop.locatie l
                        join inkoop.aanbieder a on a.id = l.aanbieder_id where a.agb = :agb order by l.naam""").param("agb", agb.value()).query(Locatie.class).list();
    }

    @Transactional
    public Locatie voegLocatieToe(AgbCode agb, String naam, String adres, String postcode, String plaats) {
        long aanbiederId = id(agb);
        String code = postcode(postcode);
        try {
            long id = jdbc.sql("""
                            insert into inkoop.locatie (aanbieder_id, naam, adres, postcode, plaats)
                            values (:aanbieder, :naam, :adres, :postcode, :plaats) returning id""")
                    .param("aanbieder", aanbiederId)
                    .param("naam", naam.trim())
                    .param("adres", leegAlsNull(adres))
                    .param("postcode", code)
                    .param("plaats", leegAlsNull(plaats))
                    .query(Long.class)
                    .single();
            return new Locatie(id, naam.trim(), leegAlsNull(adres), code, leegAlsNull(plaats));
        } catch (DataIntegrityViolationException e) {
            throw dubbeleLocatie(naam);
        }
    }

    @Transactional
    public Locatie wijzigLocatie(AgbCode agb, long id, String naam, String adres, String postcode, String plaats) {
        long aanbiederId = id(agb);
        String code = postcode(postcode);
        int gewijzigd;
        try {
            gewijzigd = jdbc.sql("""
                            update inkoop.locatie set naam = :naam, adres = :adres, postcode = :postcode, plaats = :plaats
                            where id = :id and aanbieder_id = :aanbieder""")
                    .param("id", id)
                    .param("aanbieder", aanbiederId)
                    .param("naam", naam.trim())
                    .param("adres", leegAlsNull(adres))
                    .param("postcode", code)
                    .param("plaats", leegAlsNull(plaats))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw dubbeleLocatie(naam);
        }
        if (gewijzigd == 0) {
            throw new NietGevonden("Locatie " + id + " hoort niet bij aanbieder " + agb);
        }
        return new Locatie(id, naam.trim(), leegAlsNull(adres), code, leegAlsNull(plaats));
    }

    @Transactional
    public void verwijderLocatie(AgbCode agb, long id) {
        verwijder("inkoop.locatie", agb, id, "Locatie");
    }

    public Locatie locatie(AgbCode agb, long id) {
        return locaties(agb).stream()
                .filter(l -> l.id() == id)
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Locatie " + id + " hoort niet bij aanbieder " + agb));
    }

    public List<Contactpersoon> contactpersonen(AgbCode agb) {
        return jdbc.sql("""
                        select c.id, c.naam, c.functie, c.email, c.telefoon from inkoop.contactpersoon c
                        join inkoop.aanbieder a on a.id = c.aanbieder_id where a.agb = :agb order by c.naam""")
                .param("agb", agb.value())
                .query(Contactpersoon.class)
                .list();
    }

    public Contactpersoon contactpersoon(AgbCode agb, long id) {
        return contactpersonen(agb).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow(() -> new NietGevonden("Contactpersoon " + id + " hoort niet bij aanbieder " + agb));
    }

    @Transactional
    public Contactpersoon voegContactpersoonToe(
            AgbCode agb, String naam, String functie, String email, String telefoon) {
        long aanbiederId = id(agb);
        controleerEmail(email);
        long id = jdbc.sql("""
                        insert into inkoop.contactpersoon (aanbieder_id, naam, functie, email, telefoon)
                        values (:aanbieder, :naam, :functie, :email, :telefoon) returning id""")
                .param("aanbieder", aanbiederId)
                .param("naam", naam.trim())
                .param("functie", leegAlsNull(functie))
                .param("email", leegAlsNull(email))
                .param("telefoon", leegAlsNull(telefoon))
                .query(Long.class)
                .single();
        return new Contactpersoon(id, naam.trim(), leegAlsNull(functie), leegAlsNull(email), leegAlsNull(telefoon));
    }

    @Transactional
    public Contactpersoon wijzigContactpersoon(
            AgbCode agb, long id, String naam, String functie, String email, String telefoon) {
        long aanbiederId = id(agb);
        controleerEmail(email);
        int gewijzigd = jdbc.sql("""
                        update inkoop.contactpersoon set naam = :naam, functie = :functie, email = :email,
                               telefoon = :telefoon
                        where id = :id and aanbieder_id = :aanbieder""")
                .param("id", id)
                .param("aanbieder", aanbiederId)
                .param("naam", naam.trim())
                .param("functie", leegAlsNull(functie))
                .param("email", leegAlsNull(email))
                .param("telefoon", leegAlsNull(telefoon))
                .update();
        if (gewijzigd == 0) {
            throw new NietGevonden("Contactpersoon " + id + " hoort niet bij aanbieder " + agb);
        }
        return new Contactpersoon(id, naam.trim(), leegAlsNull(functie), leegAlsNull(email), leegAlsNull(telefoon));
    }

    @Transactional
    public void verwijderContactpersoon(AgbCode agb, long id) {
        verwijder("inkoop.contactpersoon", agb, id, "Contactpersoon");
    }

    private void verwijder(String tabel, AgbCode agb, long id, String wat) {
        int verwijderd = jdbc.sql("delete from " + tabel + " where id = :id and aanbieder_id = :aanbieder")
                .param("id", id)
                .param("aanbieder", id(agb))
                .update();
        if (verwijderd == 0) {
            throw new NietGevonden(wat + " " + id + " hoort niet bij aanbieder " + agb);
        }
    }

    private static String postcode(String postcode) {
        String code =
                postcode == null || postcode.isBlank() ? null : postcode.trim().toUpperCase(java.util.Locale.ROOT);
        if (code != null && !code.matches("[1-9][0-9]{3} ?[A-Z]{2}")) {
            throw new OngeldigeInvoer("postcode", "Postcode moet zijn als 7511 AB");
        }
        return code;
    }

    private static void controleerEmail(String email) {
        if (email != null && !email.isBlank() && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new OngeldigeInvoer("email", "E-mailadres is ongeldig");
        }
    }

    private static Conflict dubbeleLocatie(String naam) {
        return new Conflict("Deze aanbieder heeft al een locatie met de naam " + naam.trim());
    }

    /** Every name key (own name and other names) with the AGB code it belongs to, for linking feeds. */
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

    /** The internal id of an aanbieder; throws {@link NietGevonden} when it does not exist. */
    long id(AgbCode agb) {
        return jdbc.sql("select id from inkoop.aanbieder where agb = :agb")
                .param("agb", agb.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NietGevonden("Aanbieder met AGB-code " + agb + " bestaat niet"));
    }

    /** Marks the aanbieder as fictitious demo data. */
    void markeerAlsDemo(AgbCode agb) {
        jdbc.sql("update inkoop.aanbieder set demo = true where agb = :agb")
                .param("agb", agb.value())
                .update();
    }

    private void controleer(Aanbiedergegevens gegevens) {
        if (gegevens.kvk() != null
                && !gegevens.kvk().isBlank()
                && !gegevens.kvk().trim().matches("[0-9]{8}")) {
            throw new OngeldigeInvoer("kvk", "KvK-nummer moet uit precies 8 cijfers bestaan");
        }
        if (Naamsleutel.van(gegevens.naam()).isEmpty()) {
            throw new OngeldigeInvoer("naam", "Vul de naam in");
        }
        for (String alias : gegevens.aliassen()) {
            jdbc.sql("""
                            select a.naam from inkoop.aanbieder_alias al join inkoop.aanbieder a on a.id = al.aanbieder_id
                            where al.naam_sleutel = :sleutel and a.agb <> :agb""")
                    .param("sleutel", Naamsleutel.van(alias))
                    .param("agb", gegevens.agb().value())
                    .query(String.class)
                    .optional()
                    .ifPresent(ander -> {
                        throw new Conflict("De naam '" + alias + "' is al in gebruik voor " + ander);
                    });
        }
    }

    private Map<String, Object> waarden(Aanbiedergegevens gegevens) {
        Map<String, Object> waarden = new HashMap<>();
        waarden.put("agb", gegevens.agb().value());
        waarden.put("kvk", leegAlsNull(gegevens.kvk()));
        waarden.put("naam", gegevens.naam().trim());
        waarden.put("sleutel", Naamsleutel.van(gegevens.naam()));
        waarden.put("relatie", gegevens.relatie().name());
        waarden.put("status", gegevens.status().name());
        waarden.put("website", leegAlsNull(gegevens.website()));
        waarden.put("nu", OffsetDateTime.now(clock));
        waarden.put("door", toegang.gebruikersnaam());
        return waarden;
    }

    private void schrijfAliassen(long id, List<String> aliassen) {
        for (String alias : aliassen) {
            String sleutel = Naamsleutel.van(alias);
            if (sleutel.isEmpty()) {
                continue;
            }
            jdbc.sql("""
                            insert into inkoop.aanbieder_alias (aanbieder_id, naam, naam_sleutel)
                            values (:id, :naam, :sleutel) on conflict do nothing""")
                    .param("id", id)
                    .param("naam", alias)
                    .param("sleutel", sleutel)
                    .update();
        }
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

    static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.trim();
    }
}
