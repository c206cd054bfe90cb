package nl.jeugdregie.sturing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the steering information: the questions of the indicators (one file each), keeping the read models
 * ({@code sql/sturing/leesmodel/}) and the reference figures of {@code regio}.
 */
@Repository
class SturingRepository {

    private static final String LEESMODEL = "sql/sturing/leesmodel/";

    private final JdbcClient jdbc;
    private final String leveringen = Sqlbestand.lees(LEESMODEL + "leveringen.sql");
    private final String trajecten = Sqlbestand.lees(LEESMODEL + "trajecten.sql");
    private final String herhaaldBeroep = Sqlbestand.lees(LEESMODEL + "herhaald-beroep.sql");
    private final String kosten = Sqlbestand.lees(LEESMODEL + "kosten.sql");
    private final String declaratieoordeel = Sqlbestand.lees(LEESMODEL + "declaratieoordeel.sql");
    private final String trajectexport = Sqlbestand.lees("sql/sturing/trajecten-pseudoniem.sql");

    SturingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- indicators ---

    /**
     * How every question on trajecten reads them: {@code sturing.trajecten(...)} with the selection's own parameters.
     * Questions that contain this call can share one reading of the trajecten (see {@link #cijfers(List, Collection,
     * Selectie)} and {@link #trend}).
     */
    static final String TRAJECTEN_VAN_SELECTIE =
            "sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm,"
                    + " :verwijzer, :aanbieder, :uitsplitsing)";

    private static final Pattern BEGIN = Pattern.compile(":begin\\b");
    private static final Pattern EIND = Pattern.compile(":eind\\b");

    /** Whether the indicator's question reads the trajecten of the selection the usual way, so it can share them. */
    static boolean leestTrajecten(Indicator indicator) {
        return indicator.sql().contains(TRAJECTEN_VAN_SELECTIE);
    }

    /** The rows of an indicator's question for these gemeenten; names and suppression are the service's work. */
    List<Cel> cijfers(Indicator indicator, Collection<String> gemeenten, Selectie selectie) {
        return jdbc.sql(indicator.sql())
                .params(parameters(gemeenten, selectie))
                .query((rs, i) -> cel(rs))
                .list();
    }

    /**
     * The rows of several indicators' questions (each {@link #leestTrajecten}) for these gemeenten in one statement:
     * the trajecten of the selection are read once, then every question runs unchanged over them. Answers per
     * indicator, in the order asked, exactly what {@link #cijfers(Indicator, Collection, Selectie)} answers.
     */
    List<List<Cel>> cijfers(List<Indicator> indicatoren, Collection<String> gemeenten, Selectie selectie) {
        StringBuilder sql = new StringBuilder("with gekozen as materialized (select * from ")
                .append(TRAJECTEN_VAN_SELECTIE)
                .append(")\n");
        for (int i = 0; i < indicatoren.size(); i++) {
            sql.append(i == 0 ? "" : "union all\n")
                    .append("select ")
                    .append(i)
                    .append(" as nr, v.* from (\n")
                    .append(indicatoren.get(i).sql().replace(TRAJECTEN_VAN_SELECTIE, "gekozen"))
                    .append("\n) v\n");
        }
        List<List<Cel>> uitkomst = new ArrayList<>();
        indicatoren.forEach(i -> uitkomst.add(new ArrayList<>()));
        jdbc.sql(sql.toString()).params(parameters(gemeenten, selectie)).query(rs -> {
            uitkomst.get(rs.getInt("nr")).add(cel(rs));
        });
        return uitkomst;
    }

    /**
     * The total of an indicator's question ({@link #leestTrajecten}, no age filter) for these gemeenten in each of the
     * periods, in one statement: the trajecten overlapping any of the periods are read once, then the question runs per
     * period over those that overlap it, with the period's own begin and end. Answers per period, in the order given,
     * exactly what {@link #cijfers(Indicator, Collection, Selectie)} answers for that period.
     */
    List<List<Cel>> trend(
            Indicator indicator, Collection<String> gemeenten, Selectie selectie, List<Rapportageperiode> perioden) {
        if (selectie.leeftijd() != null || !leestTrajecten(indicator)) {
            throw new IllegalArgumentException(indicator.code() + " kan niet in één vraag per periode");
        }
        String vraag = indicator
                .sql()
                .replace(
                        TRAJECTEN_VAN_SELECTIE,
                        "(select * from alle a where a.begindatum <= trendperiode.periode_eind"
                                + " and (a.einddatum is null or a.einddatum >= trendperiode.periode_begin))");
        vraag = EIND.matcher(BEGIN.matcher(vraag).replaceAll("trendperiode.periode_begin"))
                .replaceAll("trendperiode.periode_eind");
        String sql = """
                with alle as materialized (
                    select * from sturing.trajecten(cast(:gemeenten as varchar[]), :trendBegin, :trendEind, null, null,
                                                    :vorm, :verwijzer, :aanbieder, 'totaal')
                )
                select (trendperiode.nr - 1)::int as nr, v.*
                  from unnest(cast(cast(:beginnen as text[]) as date[]), cast(cast(:einden as text[]) as date[])) with ordinality
                       as trendperiode(periode_begin, periode_eind, nr)
                 cross join lateral (
                %s
                ) v""".formatted(vraag);
        Map<String, Object> parameters = parameters(gemeenten, selectie.metUitsplitsing(Uitsplitsing.TOTAAL));
        parameters.put(
                "trendBegin",
                perioden.stream()
                        .map(Rapportageperiode::begin)
                        .min(LocalDate::compareTo)
                        .orElseThrow());
        parameters.put(
                "trendEind",
                perioden.stream()
                        .map(Rapportageperiode::eind)
                        .max(LocalDate::compareTo)
                        .orElseThrow());
        parameters.put(
                "beginnen", perioden.stream().map(p -> p.begin().toString()).toArray(String[]::new));
        parameters.put("einden", perioden.stream().map(p -> p.eind().toString()).toArray(String[]::new));
        List<List<Cel>> uitkomst = new ArrayList<>();
        perioden.forEach(p -> uitkomst.add(new ArrayList<>()));
        jdbc.sql(sql).params(parameters).query(rs -> {
            uitkomst.get(rs.getInt("nr")).add(cel(rs));
        });
        return uitkomst;
    }

    private static Map<String, Object> parameters(Collection<String> gemeenten, Selectie selectie) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("gemeenten", gemeenten.toArray(String[]::new));
        parameters.put("begin", selectie.periode().begin());
        parameters.put("eind", selectie.periode().eind());
        parameters.put(
                "leeftijdVan",
                selectie.leeftijd() == null ? null : selectie.leeftijd().van());
        parameters.put(
                "leeftijdTot",
                selectie.leeftijd() == null ? null : selectie.leeftijd().tot());
        parameters.put("vorm", selectie.hulpvorm());
        parameters.put("verwijzer", selectie.verwijzer());
        parameters.put("aanbieder", selectie.aanbieder());
        parameters.put("uitsplitsing", selectie.uitsplitsing().code());
        return parameters;
    }

    private static Cel cel(ResultSet rs) throws SQLException {
        return new Cel(
                rs.getString("groep"),
                rs.getString("groep"),
                rs.getBigDecimal("waarde"),
                rs.getBigDecimal("teller"),
                rs.getBigDecimal("noemer"),
                rs.getObject("jeugdigen") == null ? null : rs.getLong("jeugdigen"),
                rs.getBoolean("geschat"),
                false);
    }

    /** The latest published figure of an area ('NL' or a gemeente) for an indicator, not after the year asked. */
    Optional<Referentiecijfer> kerncijfer(String gebied, String indicator, int totJaar) {
        return jdbc.sql("""
                        select gebied, indicator, jaar, waarde, eenheid, noemer, bron
                          from regio.v_kerncijfers
                         where gebied = :gebied and indicator = :indicator and jaar <= :jaar
                         order by jaar desc
                         limit 1""")
                .param("gebied", gebied)
                .param("indicator", indicator)
                .param("jaar", totJaar)
                .query((rs, i) -> new Referentiecijfer(
                        rs.getString("gebied"),
                        rs.getString("indicator"),
                        rs.getInt("jaar"),
                        rs.getBigDecimal("waarde"),
                        rs.getString("eenheid"),
                        rs.getString("noemer"),
                        rs.getString("bron")))
                .optional();
    }

    // --- read models ---

    /** The pseudonyms of the clients of these toewijzingen. */
    List<String> jeugdigenVan(String gemeente, Collection<Long> toewijzingnummers) {
        return jdbc.sql("""
                        select distinct client_pseudoniem from toewijzing.v_toewijzingen
                         where gemeente = cast(:gemeente as bpchar) and toewijzingnummer = any(:nummers)""")
                .param("gemeente", gemeente)
                .param("nummers", toewijzingnummers.toArray(Long[]::new))
                .query(String.class)
                .list();
    }

    /** Rebuilds the leveringen and trajecten of these jeugdigen from the views, under a lock per jeugdige. */
    void vernieuwJeugdigen(Collection<String> jeugdigen) {
        if (jeugdigen.isEmpty()) {
            return;
        }
        String[] pseudoniemen = jeugdigen.stream().sorted().distinct().toArray(String[]::new);
        jdbc.sql(
                        "select count(pg_advisory_xact_lock(hashtextextended(j, 17))) from unnest(cast(:jeugdigen as text[])) j")
                .param("jeugdigen", pseudoniemen)
                .query(Long.class)
                .single();
        jdbc.sql("delete from sturing.levering where jeugdige = any(:jeugdigen)")
                .param("jeugdigen", pseudoniemen)
                .update();
        jdbc.sql(leveringen).param("jeugdigen", pseudoniemen).update();
        voegSamen(pseudoniemen);
    }

    /**
     * Rebuilds the trajecten of these jeugdigen from their leveringen in {@code sturing.levering}; a jeugdige seen for
     * the first time gets its number in {@code sturing.jeugdige}.
     */
    void voegSamen(String[] jeugdigen) {
        jdbc.sql("delete from sturing.traject where jeugdige = any(:jeugdigen)")
                .param("jeugdigen", jeugdigen)
                .update();
        jdbc.sql("""
                        insert into sturing.jeugdige (pseudoniem)
                        select distinct j from unnest(cast(:jeugdigen as varchar[])) j order by j
                            on conflict do nothing""").param("jeugdigen", jeugdigen).update();
        jdbc.sql(trajecten).param("jeugdigen", jeugdigen).update();
        jdbc.sql(herhaaldBeroep).param("jeugdigen", jeugdigen).update();
    }

    /**
     * Adds the approved prestaties of a stored declaratie to the costs and its judgement to the administrative burden,
     * once: false when it was added before.
     */
    boolean voegKostenToe(long declaratie, Instant nu) {
        int nieuw = jdbc.sql("""
                        insert into sturing.verwerkte_declaratie (declaratie_id, verwerkt_op) values (:id, :nu)
                        on conflict do nothing""")
                .param("id", declaratie)
                .param("nu", Timestamp.from(nu))
                .update();
        if (nieuw == 0) {
            return false;
        }
        jdbc.sql(kosten).param("declaratie", declaratie).update();
        jdbc.sql(declaratieoordeel).param("declaratie", declaratie).update();
        return true;
    }

    /** The judgement of a declaratie rejected as a whole, which is not stored: only the event knows it. */
    void voegOordeelToe(
            String gemeente,
            String aanbieder,
            String declaratienummer,
            LocalDate beoordeeld,
            int prestaties,
            int afgewezen) {
        jdbc.sql("""
                        insert into sturing.declaratieoordeel (gemeente, aanbieder, declaratienummer, beoordeeld, prestaties,
                            afgewezen)
                        values (:gemeente, :aanbieder, :nummer, :beoordeeld, :prestaties, :afgewezen)""")
                .param("gemeente", gemeente)
                .param("aanbieder", aanbieder)
                .param("nummer", declaratienummer)
                .param("beoordeeld", beoordeeld)
                .param("prestaties", prestaties)
                .param("afgewezen", afgewezen)
                .update();
    }

    void bijgewerkt(String leesmodel, Instant op) {
        jdbc.sql("""
                        insert into sturing.stand (leesmodel, bijgewerkt_op) values (:leesmodel, :op)
                        on conflict (leesmodel) do update set bijgewerkt_op = greatest(sturing.stand.bijgewerkt_op, excluded.bijgewerkt_op)""")
                .param("leesmodel", leesmodel)
                .param("op", Timestamp.from(op))
                .update();
    }

    /** The moment the read models last took in a change; empty before the first. */
    Optional<Instant> bijgewerktOp() {
        return jdbc.sql("select max(bijgewerkt_op) from sturing.stand")
                .query((rs, i) ->
                        rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** Whether the read models hold nothing while the views do: the first start after this module arrived. */
    boolean leesmodelsLeegMaarBronnenNiet() {
        return Boolean.TRUE.equals(jdbc.sql("""
                        select not exists (select 1 from sturing.stand)
                           and (exists (select 1 from toewijzing.v_trajecten) or exists (select 1 from declaratie.v_prestaties))""").query(Boolean.class).single());
    }

    /** Every jeugdige with a start, in batches, for a rebuild. */
    void alleJeugdigenMetLevering(int batch, Consumer<List<String>> verwerker) {
        List<String> alle = jdbc.sql("""
                        select distinct tw.client_pseudoniem from toewijzing.v_toewijzingen tw
                          join toewijzing.v_trajecten tr on tr.gemeente = tw.gemeente and tr.toewijzingnummer = tw.toewijzingnummer""").query(String.class).list();
        for (int i = 0; i < alle.size(); i += batch) {
            verwerker.accept(alle.subList(i, Math.min(alle.size(), i + batch)));
        }
    }

    /** Every declaratie that was judged and stored, for a rebuild of the costs. */
    List<Long> alleDeclaraties() {
        return jdbc.sql("select distinct declaratie_id from declaratie.v_prestaties order by 1")
                .query(Long.class)
                .list();
    }

    // --- export ---

    /** The trajecten of these gemeenten in the period, the jeugdige as a pseudonym of this export only. */
    void trajecten(Collection<String> gemeenten, Rapportageperiode periode, Consumer<Exportregel> regel) {
        jdbc.sql(trajectexport)
                .param("gemeenten", gemeenten.toArray(String[]::new))
                .param("begin", periode.begin())
                .param("eind", periode.eind())
                .query(rs -> {
                    regel.accept(new Exportregel(
                            rs.getString("jeugdige"),
                            new Trajectregel(
                                    rs.getString("pseudoniem"),
                                    rs.getString("gemeente"),
                                    rs.getString("jeugdzorgvorm"),
                                    rs.getString("productcategorie"),
                                    rs.getString("productcode"),
                                    rs.getString("aanbieder"),
                                    rs.getString("verwijzer"),
                                    rs.getObject("begindatum", LocalDate.class),
                                    rs.getObject("einddatum", LocalDate.class),
                                    rs.getString("reden_beeindiging"))));
                });
    }

    /** A row of the export with the platform's pseudonym of the jeugdige, which only the toegangslog sees. */
    record Exportregel(String jeugdige, Trajectregel regel) {}
}
