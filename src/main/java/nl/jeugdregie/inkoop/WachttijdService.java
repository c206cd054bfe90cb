package nl.jeugdregie.inkoop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wachttijden- en capaciteitsregister: per aanbieder and product or offer (and location) the
 * current waiting time, kept by the aanbieder, the region or a feed, with every confirmation kept
 * as history. An entry confirmed longer ago than {@code jeugdregie.inkoop.wachttijd-verouderd-na-dagen}
 * (default 30) is verouderd.
 */
@Service
public class WachttijdService {

    static final BigDecimal MAXIMUM_WEKEN = BigDecimal.valueOf(520);

    private final JdbcClient jdbc;
    private final AanbiederService aanbieders;
    private final ProductService producten;
    private final Inkooprechten toegang;
    private final Clock clock;
    private final int verouderdNaDagen;

    WachttijdService(
            JdbcClient jdbc,
            AanbiederService aanbieders,
            ProductService producten,
            Inkooprechten toegang,
            Clock clock,
            @Value("${jeugdregie.inkoop.wachttijd-verouderd-na-dagen:30}") int verouderdNaDagen) {
        this.jdbc = jdbc;
        this.aanbieders = aanbieders;
        this.producten = producten;
        this.toegang = toegang;
        this.clock = clock;
        this.verouderdNaDagen = verouderdNaDagen;
    }

    /** Filter for the overview; every field is optional. */
    public record Filter(
            AgbCode agb,
            String tekst,
            Productcategorie categorie,
            String productcode,
            Hulpvorm hulpvorm,
            BigDecimal maximumWekenTotIntake,
            boolean alleenActueel,
            boolean zonderAanmeldstop) {

        public static Filter alles() {
            return new Filter(null, null, null, null, null, null, false, false);
        }

        public Filter voorAanbieder(AgbCode aanbieder) {
            return new Filter(
                    aanbieder,
                    tekst,
                    categorie,
                    productcode,
                    hulpvorm,
                    maximumWekenTotIntake,
                    alleenActueel,
                    zonderAanmeldstop);
        }
    }

    /** Orders of the overview. */
    public enum Sortering {
        WACHTTIJD("w.weken_tot_intake asc nulls last, w.weken_tot_start asc nulls last, a.naam"),
        TOTAAL("coalesce(w.weken_tot_intake, 0) + coalesce(w.weken_tot_start, 0) asc, a.naam"),
        BEVESTIGD("w.bevestigd_op desc, a.naam"),
        AANBIEDER("a.naam, w.aanbod, w.locatie"),
        VRIJE_PLAATSEN("w.vrije_plaatsen desc nulls last, a.naam");

        private final String sql;

        Sortering(String sql) {
            this.sql = sql;
        }

        public static Sortering lees(String tekst) {
            if (tekst == null || tekst.isBlank()) {
                return WACHTTIJD;
            }
            try {
                return valueOf(tekst.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new OngeldigeInvoer(
                        "sorteer", "Sorteer op wachttijd, totaal, bevestigd, aanbieder of vrije_plaatsen");
            }
        }
    }

    public int verouderdNaDagen() {
        return verouderdNaDagen;
    }

    public Resultaatpagina<Wachttijd> zoek(Filter filter, Sortering sortering, Paginering paginering) {
        String where = """
                from inkoop.wachttijd w
                join inkoop.aanbieder a on a.id = w.aanbieder_id
                left join inkoop.product p on p.code = w.productcode
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
        params.put(
                "tekst",
                filter.tekst() == null || filter.tekst().isBlank()
                        ? null
                        : filter.tekst().trim());
        params.put(
                "categorie",
                filter.categorie() == null ? null : filter.categorie().code());
        params.put(
                "product",
                filter.productcode() == null || filter.productcode().isBlank()
                        ? null
                        : filter.productcode().trim().toUpperCase(Locale.ROOT));
        params.put(
                "hulpvorm", filter.hulpvorm() == null ? null : filter.hulpvorm().code());
        params.put("maximum", filter.maximumWekenTotIntake());
        params.put("actueel", filter.alleenActueel());
        params.put("zonderStop", filter.zonderAanmeldstop());
        params.put("grens", grens());
        return Paginaquery.pagina(
                jdbc, select(), where, sortering.sql + ", w.id", params, paginering, this::naarWachttijd);
    }

    public Optional<Wachttijd> wachttijd(long id) {
        return jdbc.sql("select " + select() + """
                        from inkoop.wachttijd w join inkoop.aanbieder a on a.id = w.aanbieder_id
                        left join inkoop.product p on p.code = w.productcode where w.id = :id""")
                .param("id", id)
                .param("grens", grens())
                .query(this::naarWachttijd)
                .optional();
    }

    public Wachttijd vereis(long id) {
        return wachttijd(id).orElseThrow(() -> new NietGevonden("Wachttijd " + id + " bestaat niet"));
    }

    /** Every confirmation of this entry, oldest first. */
    public List<Wachttijdmeting> historie(long id) {
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
     * Registers the waiting time of an offer: a new entry, or new values for the entry with the same
     * aanbieder, product, aanbod and locatie. Each registration is kept as a meting.
     */
    @Transactional
    public Wachttijd registreer(Wachttijdgegevens gegevens, Wachttijdbron bron) {
        long aanbiederId = aanbieders.id(gegevens.agb());
        String productcode = productcode(gegevens.productcode());
        String aanbod = aanbod(gegevens.aanbod(), productcode);
        controleer(gegevens);
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
                .param("locatie", AanbiederService.leegAlsNull(gegevens.locatie()))
                .params(waarden(gegevens, bron))
                .query(Long.class)
                .single();
        meet(id);
        return vereis(id);
    }

    /** New values for an existing entry; its aanbieder, product, aanbod and locatie stay. */
    @Transactional
    public Wachttijd wijzig(long id, Wachttijdgegevens gegevens, Wachttijdbron bron) {
        Wachttijd bestaand = vereis(id);
        if (gegevens.agb() != null && !gegevens.agb().equals(bestaand.agb())) {
            throw new OngeldigeInvoer("agb", "Een wachttijd kan niet naar een andere aanbieder worden overgezet");
        }
        controleer(gegevens);
        jdbc.sql("""
                        update inkoop.wachttijd set weken_tot_intake = :intake, weken_tot_start = :start,
                            vrije_plaatsen = :plaatsen, aanmeldstop = :stop, toelichting = :toelichting, bron = :bron,
                            bron_url = :url, bevestigd_op = :bevestigd, gewijzigd_op = :nu, gewijzigd_door = :door
                        where id = :id""").param("id", id).params(waarden(gegevens, bron)).update();
        meet(id);
        return vereis(id);
    }

    /** Whether an entry with this identity exists (an empty aanbod means the product's description). */
    boolean bestaat(AgbCode agb, String productcode, String aanbod, String locatie) {
        String code = productcode(productcode);
        return jdbc.sql("""
                        select count(*) from inkoop.wachttijd w join inkoop.aanbieder a on a.id = w.aanbieder_id
                        where a.agb = :agb and coalesce(w.productcode, '') = coalesce(cast(:product as text), '')
                          and lower(w.aanbod) = lower(:aanbod)
                          and coalesce(lower(w.locatie), '') = coalesce(lower(cast(:locatie as text)), '')""")
                        .param("agb", agb.value())
                        .param("product", code)
                        .param("aanbod", aanbod(aanbod, code))
                        .param("locatie", AanbiederService.leegAlsNull(locatie))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void meet(long id) {
        jdbc.sql("""
                        insert into inkoop.wachttijdmeting (wachttijd_id, bevestigd_op, weken_tot_intake, weken_tot_start,
                            vrije_plaatsen, aanmeldstop, bron, geregistreerd_op, geregistreerd_door)
                        select id, bevestigd_op, weken_tot_intake, weken_tot_start, vrije_plaatsen, aanmeldstop, bron,
                            gewijzigd_op, gewijzigd_door
                        from inkoop.wachttijd where id = :id""").param("id", id).update();
    }

    private Map<String, Object> waarden(Wachttijdgegevens gegevens, Wachttijdbron bron) {
        Map<String, Object> waarden = new HashMap<>();
        waarden.put("intake", weken(gegevens.wekenTotIntake()));
        waarden.put("start", weken(gegevens.wekenTotStart()));
        waarden.put("plaatsen", gegevens.vrijePlaatsen());
        waarden.put("stop", gegevens.aanmeldstop());
        waarden.put("toelichting", AanbiederService.leegAlsNull(gegevens.toelichting()));
        waarden.put("bron", bron.name());
        waarden.put("url", AanbiederService.leegAlsNull(gegevens.bronUrl()));
        waarden.put("bevestigd", gegevens.bevestigdOp() == null ? LocalDate.now(clock) : gegevens.bevestigdOp());
        waarden.put("nu", OffsetDateTime.now(clock));
        waarden.put("door", toegang.gebruikersnaam());
        return waarden;
    }

    private void controleer(Wachttijdgegevens gegevens) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        controleerWeken("wekenTotIntake", gegevens.wekenTotIntake(), fouten);
        controleerWeken("wekenTotStart", gegevens.wekenTotStart(), fouten);
        if (gegevens.vrijePlaatsen() != null && gegevens.vrijePlaatsen() < 0) {
            fouten.add(new OngeldigeParameter("vrijePlaatsen", "Het aantal vrije plaatsen kan niet negatief zijn"));
        }
        if (gegevens.bevestigdOp() != null && gegevens.bevestigdOp().isAfter(LocalDate.now(clock))) {
            fouten.add(new OngeldigeParameter("bevestigdOp", "De bevestigingsdatum ligt in de toekomst"));
        }
        if (gegevens.wekenTotIntake() == null
                && gegevens.wekenTotStart() == null
                && gegevens.vrijePlaatsen() == null
                && !gegevens.aanmeldstop()) {
            fouten.add(new OngeldigeParameter(
                    "wekenTotIntake", "Vul een wachttijd of het aantal vrije plaatsen in, of meld een aanmeldstop"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }

    private static void controleerWeken(String veld, BigDecimal weken, List<OngeldigeParameter> fouten) {
        if (weken != null && (weken.signum() < 0 || weken.compareTo(MAXIMUM_WEKEN) > 0)) {
            fouten.add(new OngeldigeParameter(veld, "Het aantal weken ligt tussen 0 en 520"));
        }
    }

    private static BigDecimal weken(BigDecimal weken) {
        return weken == null ? null : weken.setScale(1, RoundingMode.HALF_UP);
    }

    private String productcode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return producten
                .product(code)
                .map(Product::code)
                .orElseThrow(() -> new OngeldigeInvoer("productcode", "Product " + code.trim() + " bestaat niet"));
    }

    private String aanbod(String aanbod, String productcode) {
        if (aanbod != null && !aanbod.isBlank()) {
            return aanbod.trim();
        }
        if (productcode == null) {
            throw new OngeldigeInvoer("aanbod", "Kies een product of vul de naam van het aanbod in");
        }
        return producten.vereis(productcode).omschrijving();
    }

    private LocalDate grens() {
        return LocalDate.now(clock).minusDays(verouderdNaDagen);
    }

    private static String select() {
        return """
                w.id, a.agb, a.naam as aanbiedernaam, w.productcode, p.omschrijving as productomschrijving,
                       w.aanbod, w.locatie, w.weken_tot_intake, w.weken_tot_start, w.vrije_plaatsen, w.aanmeldstop,
                       w.toelichting, w.bron, w.bron_url, w.bevestigd_op, w.bevestigd_op < cast(:grens as date) as verouderd,
                       w.gewijzigd_op, w.gewijzigd_door
                """;
    }

    private Wachttijd naarWachttijd(ResultSet rs, int rij) throws SQLException {
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
