package nl.jeugdregie.financien;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.Paginaquery;
import nl.jeugdregie.platform.Paginering;
import nl.jeugdregie.platform.Resultaatpagina;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The received declaraties with their prestaties (read through {@code declaratie.v_declaraties} and {@code
 * declaratie.v_prestaties}) and their payments ({@code financien.betaling}, every version kept).
 */
@Repository
class BetalingRepository {

    private static final String KOLOMMEN = """
            d.declaratie_id, d.gemeente, d.aanbieder, d.declaratienummer, d.periode_begin, d.periode_eind,
            d.dagtekening, d.ontvangen_op, d.ingediend_eurocent, d.aantal_goedgekeurd, d.aantal_afgewezen,
            d.goedgekeurd_eurocent, d.afgewezen_eurocent, b.eurocent as betaald_eurocent, b.betaaldatum,
            b.betaalkenmerk, b.versie, b.door, b.op""";

    private static final String BRON = """
            from declaratie.v_declaraties d
                     left join financien.v_betalingen b on b.declaratie_id = d.declaratie_id""";

    private final JdbcClient jdbc;

    BetalingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the declaraties of {@code gemeenten} that pass the filter, newest period first, with prestaties. */
    Resultaatpagina<Betaaldeclaratie> zoek(
            List<GemeenteCode> gemeenten, Betalingsfilter filter, Paginering paginering) {
        Map<String, Object> params = new HashMap<>();
        String vanaf = BRON + waar(gemeenten, filter, params);
        Resultaatpagina<Betaaldeclaratie> pagina = Paginaquery.pagina(
                jdbc,
                KOLOMMEN,
                vanaf,
                "d.periode_begin desc, d.ontvangen_op desc, d.declaratie_id desc",
                params,
                paginering,
                (rs, i) -> declaratie(rs));
        return new Resultaatpagina<>(metPrestaties(pagina.items()), pagina.totaal(), paginering);
    }

    /** Every declaratie of {@code gemeenten} that passes the filter, in the order of an export, with prestaties. */
    List<Betaaldeclaratie> alle(List<GemeenteCode> gemeenten, Betalingsfilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<Betaaldeclaratie> declaraties = jdbc.sql("select " + KOLOMMEN + " " + BRON
                        + waar(gemeenten, filter, params)
                        + " order by d.gemeente, d.aanbieder, d.periode_begin, d.declaratienummer, d.declaratie_id")
                .params(params)
                .query((rs, i) -> declaratie(rs))
                .list();
        return metPrestaties(declaraties);
    }

    /** How many declaraties of {@code gemeenten} pass the filter, and the sum of their approved prestaties. */
    Selectie selectie(List<GemeenteCode> gemeenten, Betalingsfilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*), coalesce(sum(d.goedgekeurd_eurocent), 0) " + BRON
                        + waar(gemeenten, filter, params))
                .params(params)
                .query((rs, i) -> new Selectie(rs.getLong(1), new Bedrag(rs.getLong(2))))
                .single();
    }

    /** The ids of the declaraties of {@code gemeenten} that pass the filter. */
    List<Long> ids(List<GemeenteCode> gemeenten, Betalingsfilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select d.declaratie_id " + BRON + waar(gemeenten, filter, params) + " order by 1")
                .params(params)
                .query(Long.class)
                .list();
    }

    Optional<Betaaldeclaratie> declaratie(long id) {
        return jdbc.sql("select " + KOLOMMEN + " " + BRON + " where d.declaratie_id = :id")
                .param("id", id)
                .query((rs, i) -> declaratie(rs))
                .optional()
                .map(d -> metPrestaties(List.of(d)).get(0));
    }

    /** The aanbieders and periods of the declaraties of {@code gemeenten}, for the filter's choices. */
    record Keuzes(List<AgbCode> aanbieders, List<LocalDate> periodes) {}

    Keuzes keuzes(List<GemeenteCode> gemeenten) {
        if (gemeenten.isEmpty()) {
            return new Keuzes(List.of(), List.of());
        }
        List<String> codes = gemeenten.stream().map(GemeenteCode::value).toList();
        List<AgbCode> aanbieders = jdbc.sql("""
                        select distinct aanbieder from declaratie.v_declaraties
                        where gemeente in (:gemeenten) order by aanbieder""")
                .param("gemeenten", codes)
                .query((rs, i) -> new AgbCode(rs.getString(1)))
                .list();
        List<LocalDate> periodes = jdbc.sql("""
                        select distinct date_trunc('month', periode_begin)::date from declaratie.v_declaraties
                        where gemeente in (:gemeenten) order by 1 desc""")
                .param("gemeenten", codes)
                .query((rs, i) -> rs.getDate(1).toLocalDate())
                .list();
        return new Keuzes(aanbieders, periodes);
    }

    /** Serialises the markings of one declaratie, so two cannot take the same version. */
    void vergrendel(long declaratie) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('financien:betaling'), hashtext(:id::text))")
                .param("id", Long.toString(declaratie))
                .query((rs, i) -> 1)
                .list();
    }

    void voegToe(
            Betaaldeclaratie d,
            int versie,
            LocalDate betaaldatum,
            String betaalkenmerk,
            String correctiereden,
            String door,
            Instant op) {
        jdbc.sql("""
                        insert into financien.betaling (declaratie_id, versie, gemeente, aanbieder, eurocent,
                                                        betaaldatum, betaalkenmerk, correctiereden, door, op)
                        values (:id, :versie, :gemeente, :aanbieder, :eurocent, :betaaldatum, :kenmerk, :reden,
                                :door, :op)""")
                .param("id", d.id())
                .param("versie", versie)
                .param("gemeente", d.gemeente().value())
                .param("aanbieder", d.aanbieder().value())
                .param("eurocent", d.teBetalen().eurocent())
                .param("betaaldatum", Date.valueOf(betaaldatum))
                .param("kenmerk", betaalkenmerk)
                .param("reden", correctiereden)
                .param("door", door)
                .param("op", Timestamp.from(op))
                .update();
    }

    private static String waar(List<GemeenteCode> gemeenten, Betalingsfilter filter, Map<String, Object> params) {
        StringBuilder waar = new StringBuilder(" where d.gemeente in (:gemeenten)");
        params.put("gemeenten", gemeenten.stream().map(GemeenteCode::value).toList());
        if (filter.aanbieder() != null) {
            waar.append(" and d.aanbieder = :aanbieder");
            params.put("aanbieder", filter.aanbieder().value());
        }
        if (filter.periode() != null) {
            waar.append(" and d.periode_begin between :periodeBegin and :periodeEind");
            params.put("periodeBegin", Date.valueOf(filter.periode().atDay(1)));
            params.put("periodeEind", Date.valueOf(filter.periode().atEndOfMonth()));
        }
        if (filter.status() != null) {
            waar.append(
                    switch (filter.status()) {
                        case TE_BETALEN -> " and b.declaratie_id is null and d.aantal_goedgekeurd > 0";
                        case BETAALD -> " and b.declaratie_id is not null";
                        case NIETS_GOEDGEKEURD -> " and b.declaratie_id is null and d.aantal_goedgekeurd = 0";
                    });
        }
        return waar.toString();
    }

    private List<Betaaldeclaratie> metPrestaties(List<Betaaldeclaratie> declaraties) {
        if (declaraties.isEmpty()) {
            return declaraties;
        }
        Map<Long, List<Betaalprestatie>> prestaties = new LinkedHashMap<>();
        declaraties.forEach(d -> prestaties.put(d.id(), new ArrayList<>()));
        jdbc.sql("""
                        select prestatie_id, declaratie_id, referentienummer, vorig_referentienummer, toewijzingnummer,
                               productcategorie, productcode, begindatum, einddatum, volume, eenheid,
                               producttarief_eurocent, bedrag_eurocent, debet_credit, goedgekeurd, retourcodes
                        from declaratie.v_prestaties
                        where declaratie_id in (:ids)
                        order by declaratie_id, prestatie_id""")
                .param("ids", List.copyOf(prestaties.keySet()))
                .query((rs, i) -> {
                    long eurocent = rs.getLong("producttarief_eurocent");
                    Bedrag tarief = rs.wasNull() ? null : new Bedrag(eurocent);
                    String retourcodes = rs.getString("retourcodes");
                    prestaties
                            .get(rs.getLong("declaratie_id"))
                            .add(new Betaalprestatie(
                                    rs.getLong("prestatie_id"),
                                    rs.getString("referentienummer"),
                                    rs.getString("vorig_referentienummer"),
                                    rs.getLong("toewijzingnummer"),
                                    rs.getString("productcategorie"),
                                    rs.getString("productcode"),
                                    rs.getDate("begindatum").toLocalDate(),
                                    rs.getDate("einddatum").toLocalDate(),
                                    rs.getLong("volume"),
                                    rs.getString("eenheid"),
                                    tarief,
                                    new Bedrag(rs.getLong("bedrag_eurocent")),
                                    "C".equals(rs.getString("debet_credit")),
                                    rs.getBoolean("goedgekeurd"),
                                    retourcodes == null ? List.of() : Arrays.asList(retourcodes.split(","))));
                    return 1;
                })
                .list();
        return declaraties.stream()
                .map(d -> d.metPrestaties(prestaties.get(d.id())))
                .toList();
    }

    private static Betaaldeclaratie declaratie(ResultSet rs) throws SQLException {
        Date betaaldatum = rs.getDate("betaaldatum");
        Betaling betaling = betaaldatum == null
                ? null
                : new Betaling(
                        new Bedrag(rs.getLong("betaald_eurocent")),
                        betaaldatum.toLocalDate(),
                        rs.getString("betaalkenmerk"),
                        rs.getInt("versie"),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant());
        return new Betaaldeclaratie(
                rs.getLong("declaratie_id"),
                new GemeenteCode(rs.getString("gemeente")),
                new AgbCode(rs.getString("aanbieder")),
                rs.getString("declaratienummer"),
                rs.getDate("periode_begin").toLocalDate(),
                rs.getDate("periode_eind").toLocalDate(),
                rs.getDate("dagtekening").toLocalDate(),
                rs.getTimestamp("ontvangen_op").toInstant(),
                new Bedrag(rs.getLong("ingediend_eurocent")),
                rs.getInt("aantal_goedgekeurd"),
                rs.getInt("aantal_afgewezen"),
                new Bedrag(rs.getLong("goedgekeurd_eurocent")),
                new Bedrag(rs.getLong("afgewezen_eurocent")),
                betaling,
                List.of());
    }
}
