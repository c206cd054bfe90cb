package nl.jeugdregie.regio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Codesoort;
import nl.jeugdregie.platform.Conflict;
import nl.jeugdregie.platform.Namen;
import nl.jeugdregie.platform.NietGevonden;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Region reference data: jeugdregio's, gemeenten and memberships. The platform serves one region
 * ({@code jeugdregie.regio}); the model holds them all.
 */
@Service
public class RegioService {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String platformregio;
    private final Namen namen;

    RegioService(JdbcClient jdbc, Clock clock, @Value("${jeugdregie.regio:JZ14}") String platformregio, Namen namen) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.platformregio = platformregio;
        this.namen = namen;
    }

    /** The CBS code of the region this platform serves, e.g. {@code JZ14}. */
    public String platformregio() {
        return platformregio;
    }

    public Jeugdregio platformregioGegevens() {
        return jeugdregio(platformregio)
                .orElseThrow(() -> new IllegalStateException(
                        "Ingestelde regio " + platformregio + " (jeugdregie.regio) bestaat niet"));
    }

    /** The gemeenten that belong to the platform's region on that day. */
    public Set<GemeenteCode> gemeentenVanPlatformregio(LocalDate peildatum) {
        return new LinkedHashSet<>(gemeentenVan(platformregio, peildatum).stream()
                .map(Gemeente::code)
                .toList());
    }

    public List<Gemeente> gemeentenVan(String jeugdregio, LocalDate peildatum) {
        return jdbc.sql("""
                        select g.code, g.naam, g.provincie from regio.gemeente g
                        join regio.lidmaatschap l on l.gemeente = g.code
                        where l.jeugdregio = :regio and l.geldig @> cast(:peildatum as date)
                        order by g.naam""")
                .param("regio", jeugdregio)
                .param("peildatum", peildatum)
                .query(RegioService::gemeente)
                .list();
    }

    public List<Jeugdregio> jeugdregios() {
        return jdbc.sql("select code, naam from regio.jeugdregio order by code")
                .query(Jeugdregio.class)
                .list();
    }

    public Optional<Jeugdregio> jeugdregio(String code) {
        return jdbc.sql("select code, naam from regio.jeugdregio where code = :code")
                .param("code", code)
                .query(Jeugdregio.class)
                .optional();
    }

    /** The region a gemeente belongs to on that day, if any. */
    public Optional<String> regioVan(GemeenteCode gemeente, LocalDate peildatum) {
        return jdbc.sql(
                        "select jeugdregio from regio.lidmaatschap where gemeente = :gemeente and geldig @> cast(:peildatum as date)")
                .param("gemeente", gemeente.value())
                .param("peildatum", peildatum)
                .query(String.class)
                .optional();
    }

    /** Gemeenten filtered on part of the name and on the region they belong to today. */
    public Resultaatpagina<Gemeente> zoekGemeenten(String naam, String jeugdregio, Paginering paginering) {
        String filter = """
                from regio.gemeente g
                where (cast(:naam as text) is null or g.naam ilike '%' || cast(:naam as text) || '%')
                  and (cast(:regio as text) is null or exists (
                      select 1 from regio.lidmaatschap l
                      where l.gemeente = g.code and l.jeugdregio = cast(:regio as text)
                        and l.geldig @> cast(:vandaag as date)))""";
        Map<String, Object> params = new HashMap<>();
        params.put("naam", naam == null || naam.isBlank() ? null : naam.trim());
        params.put("regio", jeugdregio == null || jeugdregio.isBlank() ? null : jeugdregio.trim());
        params.put("vandaag", LocalDate.now(clock));
        return Paginaquery.pagina(
                jdbc,
                "g.code, g.naam, g.provincie",
                filter,
                "g.naam, g.code",
                params,
                paginering,
                RegioService::gemeente);
    }

    public Optional<Gemeente> gemeente(GemeenteCode code) {
        return jdbc.sql("select code, naam, provincie from regio.gemeente where code = :code")
                .param("code", code.value())
                .query(RegioService::gemeente)
                .optional();
    }

    @Transactional
    public Gemeente voegGemeenteToe(GemeenteCode code, String naam, String provincie) {
        if (gemeente(code).isPresent()) {
            throw new Conflict("Gemeente met code " + code + " bestaat al");
        }
        jdbc.sql("insert into regio.gemeente (code, naam, provincie) values (:code, :naam, :provincie)")
                .param("code", code.value())
                .param("naam", naam.trim())
                .param("provincie", leegAlsNull(provincie))
                .update();
        namen.vergeet(Codesoort.GEMEENTE);
        return new Gemeente(code, naam.trim(), leegAlsNull(provincie));
    }

    @Transactional
    public Gemeente wijzigGemeente(GemeenteCode code, String naam, String provincie) {
        int gewijzigd = jdbc.sql("update regio.gemeente set naam = :naam, provincie = :provincie where code = :code")
                .param("code", code.value())
                .param("naam", naam.trim())
                .param("provincie", leegAlsNull(provincie))
                .update();
        if (gewijzigd == 0) {
            throw new NietGevonden("Gemeente " + code + " bestaat niet");
        }
        namen.vergeet(Codesoort.GEMEENTE);
        return new Gemeente(code, naam.trim(), leegAlsNull(provincie));
    }

    public List<Lidmaatschap> lidmaatschappen(GemeenteCode gemeente) {
        return jdbc.sql("""
                        select id, gemeente, jeugdregio, lower(geldig) as begindatum, upper(geldig) - 1 as einddatum
                        from regio.lidmaatschap where gemeente = :gemeente order by lower(geldig)""")
                .param("gemeente", gemeente.value())
                .query((rs, i) -> new Lidmaatschap(
                        rs.getLong("id"),
                        new GemeenteCode(rs.getString("gemeente")),
                        rs.getString("jeugdregio"),
                        rs.getObject("begindatum", LocalDate.class),
                        rs.getObject("einddatum", LocalDate.class)))
                .list();
    }

    /**
     * Adds a membership. A gemeente belongs to one region at a time: an overlapping period is refused
     * (the database enforces it too).
     */
    @Transactional
    public Lidmaatschap voegLidmaatschapToe(
            GemeenteCode gemeente, String jeugdregio, LocalDate begindatum, LocalDate einddatum) {
        if (gemeente(gemeente).isEmpty()) {
            throw new NietGevonden("Gemeente " + gemeente + " bestaat niet");
        }
        if (jeugdregio(jeugdregio).isEmpty()) {
            throw new OngeldigeInvoer("jeugdregio", "Jeugdregio " + jeugdregio + " bestaat niet");
        }
        if (einddatum != null && einddatum.isBefore(begindatum)) {
            throw new OngeldigeInvoer("einddatum", "Einddatum ligt voor de begindatum");
        }
        try {
            long id = jdbc.sql("""
                            insert into regio.lidmaatschap (gemeente, jeugdregio, geldig)
                            values (:gemeente, :regio, daterange(:begin, cast(:eind as date) + 1))
                            returning id""")
                    .param("gemeente", gemeente.value())
                    .param("regio", jeugdregio)
                    .param("begin", begindatum)
                    .param("eind", einddatum)
                    .query(Long.class)
                    .single();
            return new Lidmaatschap(id, gemeente, jeugdregio, begindatum, einddatum);
        } catch (DataIntegrityViolationException e) {
            throw new Conflict("Gemeente " + gemeente + " is in die periode al lid van een jeugdregio");
        }
    }

    /** Ends a membership on {@code einddatum} (inclusive), e.g. when a gemeente changes region. */
    @Transactional
    public void beeindigLidmaatschap(long id, LocalDate einddatum) {
        int gewijzigd;
        try {
            gewijzigd = jdbc.sql("""
                            update regio.lidmaatschap set geldig = daterange(lower(geldig), cast(:eind as date) + 1)
                            where id = :id and lower(geldig) <= cast(:eind as date)""").param("id", id).param("eind", einddatum).update();
        } catch (DataIntegrityViolationException e) {
            throw new Conflict("Deze einddatum laat het lidmaatschap overlappen met een ander");
        }
        if (gewijzigd == 0) {
            throw new OngeldigeInvoer("einddatum", "Lidmaatschap bestaat niet of einddatum ligt voor de begindatum");
        }
    }

    private static Gemeente gemeente(java.sql.ResultSet rs, int rij) throws java.sql.SQLException {
        return new Gemeente(new GemeenteCode(rs.getString("code")), rs.getString("naam"), rs.getString("provincie"));
    }

    private static String leegAlsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.trim();
    }
}
