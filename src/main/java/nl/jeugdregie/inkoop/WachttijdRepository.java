package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/**
 * The SQL of the wachttijden- en capaciteitsregister: the current entries and every confirmation (meting). An entry
 * is verouderd when it was confirmed before the {@code grens} the caller gives.
 */
@Repository
class WachttijdRepository {

    private static final String KOLOMMEN = """
            w.id, a.agb, a.naam as aanbiedernaam, w.productcode, p.omschrijving as productomschrijving,
                   w.aanbod, w.locatie, w.weken_tot_intake, w.weken_tot_start, w.vrije_plaatsen, w.aanmeldstop,
                   w.toelichting, w.bron, w.bron_url, w.bevestigd_op, w.bevestigd_op < cast(:grens as date) as verouderd,
                   w.gewijzigd_op, w.gewijzigd_door
            """;

    private static final String VANAF = """
            from inkoop.wachttijd w
            join inkoop.aanbieder a on a.id = w.aanbieder_id
            left join inkoop.product p on p.code = w.productcode
            """;

    /** The values of a registration besides its identity; {@code :nu} and {@code :door} record who and when. */
    record Waarden(
            BigDecimal wekenTotIntake,
            BigDecimal wekenTotStart,
            Integer vrijePlaatsen,
            boolean aanmeldstop,
            String toelichting,
            Wachttijdbron bron,
            String bronUrl,
            LocalDate bevestigdOp,
            OffsetDateTime nu,
            String door) {}

    private final JdbcClient jdbc;

    WachttijdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Resultaatpagina<Wachttijd> zoek(
            WachttijdService.Filter filter,
            WachttijdService.Sortering sortering,
            LocalDate grens,
            Paginering paginering) {
        String where = VANAF + """
                where (cast(:agb as text) is null or a.agb = cast(:agb as text))
                  and (cast(:tekst as text) is null or a.naam ilike '%' || cast(:tekst as text) || '%'
                       or w.aanbod ilike '%' || cast(:tekst as text) || '%'
                       or w.locatie ilike '%' || cast(:tekst as text) || '%')
                  and (cast(:categorie as text) is null or p.categorie = cast(:categorie as text))
                  and (cast(:product as text) is null or w.productcode = cast(:product as text))
                  and (cast(:hulpvorm as text) is null or p.hulpvorm = cast(:hulpvorm as text))
                  and (cast(:maximum as numeric) is null or w.weken_tot_intake <= cast(:maximum as numeric))
                  and (not :actueel or w.bevestigd_op >= cast(:grens as date))
                  and (not :zonderStop or not w.aanmeldstop)""";
        Map<String, Object> params = new HashMap<>();
        params.put("agb", filter.agb() == null ? null : filter.agb().value());
        params.put("tekst", filter.tekst());
        params.put(
                "categorie",
                filter.categorie() == null ? null : filter.categorie().code());
        params.put("product", filter.productcode());
        params.put(
                "hulpvorm", filter.hulpvorm() == null ? null : filter.hulpvorm().code());
        params.put("maximum", filter.maximumWekenTotIntake());
        params.put("actueel", filter.alleenActueel());
        params.put("zonderStop", filter.zonderAanmeldstop());
        params.put("grens", grens);
        return Paginaquery.pagina(
                jdbc,
                KOLOMMEN,
                where,
                volgorde(sortering) + ", w.id",
                params,
                paginering,
                WachttijdRepository::wachttijd);
    }

    private static String volgorde(WachttijdService.Sortering sortering) {
        return switch (sortering) {
            case WACHTTIJD -> "w.weken_tot_intake asc nulls last, w.weken_tot_start asc nulls last, a.naam";
            case TOTAAL -> "coalesce(w.weken_tot_intake, 0) + coalesce(w.weken_tot_start, 0) asc, a.naam";
            case BEVESTIGD -> "w.bevestigd_op desc, a.naam";
            case AANBIEDER -> "a.naam, w.aanbod, w.locatie";
            case VRIJE_PLAATSEN -> "w.vrije_plaatsen desc nulls last, a.naam";
        };
    }

    Optional<Wachttijd> wachttijd(long id, LocalDate grens) {
        return jdbc.sql("select " + KOLOMMEN + VANAF + "where w.id = :id")
                .param("id", id)
                .param("grens", grens)
                .query(WachttijdRepository::wachttijd)
                .optional();
    }

    /** Every confirmation of an entry, oldest first. */
    List<Wachttijdmeting> historie(long id) {
        return jdbc.sql("""
                        select bevestigd_op, weken_tot_intake, weken_tot_start, vrije_plaatsen, aanmeldstop, bron,
                               geregistreerd_op, geregistreerd_door
                        from inkoop.wachttijdmeting where wachttijd_id = :id order by bevestigd_op, id""")
                .param("id", id)
                .query((rs, i) -> new Wachttijdmeting(
                        rs.getObject("bevestigd_op", LocalDate.class),
                        rs.getBigDecimal("weken_tot_intake"),
                        rs.getBigDecimal("weken_tot_start"),
                        (Integer) rs.getObject("vrije_plaatsen"),
                        rs.getBoolean("aanmeldstop"),
                        Wachttijdbron.valueOf(rs.getString("bron")),
                        rs.getObject("geregistreerd_op", OffsetDateTime.class),
                        rs.getString("geregistreerd_door")))
                .list();
    }

    /**
     * Stores the values for the entry with this identity (a new one or the existing one) and keeps them as a
     * meting; returns the entry's id.
     */
    long registreer(long aanbiederId, String productcode, String aanbod, String locatie, Waarden waarden) {
        long id = jdbc.sql("""
                        insert into inkoop.wachttijd (aanbieder_id, productcode, aanbod, locatie, weken_tot_intake,
                            weken_tot_start, vrije_plaatsen, aanmeldstop, toelichting, bron, bron_url, bevestigd_op,
                            gewijzigd_op, gewijzigd_door)
                        values (:aanbieder, :productcode, :aanbod, :locatie, :intake, :start, :plaatsen, :stop,
                            :toelichting, :bron, :url, :bevestigd, :nu, :door)
                        on conflict (aanbieder_id, (coalesce(productcode, '')), (lower(aanbod)), (coalesce(lower(locatie), '')))
                        do update set weken_tot_intake = excluded.weken_tot_intake,
                            weken_tot_start = excluded.weken_tot_start, vrije_plaatsen = excluded.vrije_plaatsen,
                            aanmeldstop = excluded.aanmeldstop, toelichting = excluded.toelichting,
                            bron = excluded.bron, bron_url = excluded.bron_url, bevestigd_op = excluded.bevestigd_op,
                            gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door
                        returning id""")
                .param("aanbieder", aanbiederId)
                .param("productcode", productcode)
                .param("aanbod", aanbod)
                .param("locatie", locatie)
                .params(parameters(waarden))
                .query(Long.class)
                .single();
        meet(id);
        return id;
    }

    /** New values for an existing entry, kept as a meting. */
    void wijzig(long id, Waarden waarden) {
        jdbc.sql("""
                        update inkoop.wachttijd set weken_tot_intake = :intake, weken_tot_start = :start,
                            vrije_plaatsen = :plaatsen, aanmeldstop = :stop, toelichting = :toelichting, bron = :bron,
                            bron_url = :url, bevestigd_op = :bevestigd, gewijzigd_op = :nu, gewijzigd_door = :door
                        where id = :id""").param("id", id).params(parameters(waarden)).update();
        meet(id);
    }

    /** Whether an entry with this identity exists. */
    boolean bestaat(AgbCode agb, String productcode, String aanbod, String locatie) {
        return jdbc.sql("""
                        select exists (select 1 from inkoop.wachttijd w join inkoop.aanbieder a on a.id = w.aanbieder_id
                        where a.agb = :agb and coalesce(w.productcode, '') = coalesce(cast(:product as text), '')
                          and lower(w.aanbod) = lower(:aanbod)
                          and coalesce(lower(w.locatie), '') = coalesce(lower(cast(:locatie as text)), ''))""")
                .param("agb", agb.value())
                .param("product", productcode)
                .param("aanbod", aanbod)
                .param("locatie", locatie)
                .query(Boolean.class)
                .single();
    }

    private void meet(long id) {
        jdbc.sql("""
                        insert into inkoop.wachttijdmeting (wachttijd_id, bevestigd_op, weken_tot_intake, weken_tot_start,
                            vrije_plaatsen, aanmeldstop, bron, geregistreerd_op, geregistreerd_door)
                        select id, bevestigd_op, weken_tot_intake, weken_tot_start, vrije_plaatsen, aanmeldstop, bron,
                            gewijzigd_op, gewijzigd_door
                        from inkoop.wachttijd where id = :id""").param("id", id).update();
    }

    private static Map<String, Object> parameters(Waarden waarden) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("intake", waarden.wekenTotIntake());
        parameters.put("start", waarden.wekenTotStart());
        parameters.put("plaatsen", waarden.vrijePlaatsen());
        parameters.put("stop", waarden.aanmeldstop());
        parameters.put("toelichting", waarden.toelichting());
        parameters.put("bron", waarden.bron().name());
        parameters.put("url", waarden.bronUrl());
        parameters.put("bevestigd", waarden.bevestigdOp());
        parameters.put("nu", waarden.nu());
        parameters.put("door", waarden.door());
        return parameters;
    }

    private static Wachttijd wachttijd(ResultSet rs, int rij) throws SQLException {
        return new Wachttijd(
                rs.getLong("id"),
                new AgbCode(rs.getString("agb")),
                rs.getString("aanbiedernaam"),
                rs.getString("productcode"),
                rs.getString("productomschrijving"),
                rs.getString("aanbod"),
                rs.getString("locatie"),
                rs.getBigDecimal("weken_tot_intake"),
                rs.getBigDecimal("weken_tot_start"),
                (Integer) rs.getObject("vrije_plaatsen"),
                rs.getBoolean("aanmeldstop"),
                rs.getString("toelichting"),
                Wachttijdbron.valueOf(rs.getString("bron")),
                rs.getString("bron_url"),
                rs.getObject("bevestigd_op", LocalDate.class),
                rs.getBoolean("verouderd"),
                rs.getObject("gewijzigd_op", OffsetDateTime.class),
                rs.getString("gewijzigd_door"));
    }
}
