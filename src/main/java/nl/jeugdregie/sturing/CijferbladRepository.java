package nl.jeugdregie.sturing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of {@code sturing.cijferblad}: answers of indicators kept with the snapshot they were computed from, and
 * whether a change of the read models ({@code sturing.wijziging}) has made them outdated since.
 */
@Repository
class CijferbladRepository {

    /** The views of other modules whose content an answer may depend on: a name, never user input. */
    private static final Pattern VIEW = Pattern.compile("[a-z]+\\.v_[a-z0-9_]+");

    /**
     * An answer is current when every change to one of its gemeenten is visible in the snapshot it was computed from.
     * Changes before the snapshot's xmin are visible by definition, so only the few after it are looked at.
     */
    private static final String ACTUEEL = """
            not exists (select 1 from sturing.wijziging w
                         where w.gemeente = any(c.gemeenten)
                           and w.xid >= pg_snapshot_xmin(c.momentopname)
                           and not pg_visible_in_snapshot(w.xid, c.momentopname))""";

    private final JdbcClient jdbc;

    CijferbladRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The snapshot of this moment: every statement after it sees at least what it saw, so an answer computed after
     * asking for it may carry it.
     */
    String momentopname() {
        return jdbc.sql("select pg_current_snapshot()::text")
                .query(String.class)
                .single();
    }

    /** A fingerprint of everything a view of another module holds now (small views only: the catalogue, population). */
    String vingerafdruk(String view) {
        if (!VIEW.matcher(view).matches()) {
            throw new IllegalArgumentException("Geen view: " + view);
        }
        return jdbc.sql("select coalesce(md5(string_agg(v::text, E'\\n' order by v::text)), '') from " + view + " v")
                .query(String.class)
                .single();
    }

    /** A stored answer: its key, the fingerprint of the views it read and its rows as JSON. */
    record Opgeslagen(String sleutel, String bronnen, String rijen) {}

    /** The stored answers to these keys that no change of the read models has made outdated. */
    List<Opgeslagen> actueel(Collection<String> sleutels) {
        return jdbc.sql(
                        "select c.sleutel, c.bronnen, c.rijen::text from sturing.cijferblad c where c.sleutel = any(:sleutels) and "
                                + ACTUEEL)
                .param("sleutels", sleutels.toArray(String[]::new))
                .query((rs, i) -> new Opgeslagen(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    void bewaar(
            Cijfervraag vraag,
            String vraagJson,
            String momentopname,
            String bronnen,
            String rijen,
            Instant nu,
            long rekentijdMs) {
        jdbc.sql("""
                        insert into sturing.cijferblad (sleutel, indicator, gemeenten, vraag, momentopname, bronnen, rijen,
                                                        berekend_op, rekentijd_ms, gevraagd_op)
                        select :sleutel, :indicator, cast(:gemeenten as varchar[]), cast(:vraag as jsonb),
                               cast(:momentopname as pg_snapshot), :bronnen, cast(:rijen as jsonb), :nu, :ms, :nu
                         where pg_snapshot_xmin(cast(:momentopname as pg_snapshot))
                               >= (select xid from sturing.snoeigrens for share)
                        on conflict (sleutel) do update
                           set vraag = excluded.vraag, momentopname = excluded.momentopname, bronnen = excluded.bronnen,
                               rijen = excluded.rijen, berekend_op = excluded.berekend_op,
                               rekentijd_ms = excluded.rekentijd_ms, gevraagd_op = excluded.gevraagd_op""")
                .param("sleutel", vraag.sleutel())
                .param("indicator", vraag.indicator().code())
                .param("gemeenten", vraag.gemeenten().toArray(String[]::new))
                .param("vraag", vraagJson)
                .param("momentopname", momentopname)
                .param("bronnen", bronnen)
                .param("rijen", rijen)
                .param("nu", Timestamp.from(nu))
                .param("ms", (int) Math.min(Integer.MAX_VALUE, rekentijdMs))
                .update();
    }

    /** Notes that these answers were asked for, at most once an hour per answer. */
    void gevraagd(Collection<String> sleutels, Instant nu) {
        jdbc.sql("""
                        update sturing.cijferblad set gevraagd_op = :nu
                         where sleutel = any(:sleutels) and gevraagd_op < cast(:nu as timestamptz) - interval '1 hour'""")
                .param("sleutels", sleutels.toArray(String[]::new))
                .param("nu", Timestamp.from(nu))
                .update();
    }

    /** A stored question to compute again: its key and the selection as JSON. */
    record Verouderd(String sleutel, String indicator, String vraag) {}

    /**
     * The answers asked for since {@code sinds} that a change made outdated, or whose views changed (their fingerprint
     * differs from {@code bronnen}, the current one per indicator), most recently asked first.
     */
    List<Verouderd> verouderd(Instant sinds, List<String> indicatoren, List<String> bronnen, int aantal) {
        return jdbc.sql("""
                        select c.sleutel, c.indicator, c.vraag::text
                          from sturing.cijferblad c
                          left join unnest(cast(:indicatoren as text[]), cast(:bronnen as text[])) as nu(indicator, bronnen)
                            on nu.indicator = c.indicator
                         where c.gevraagd_op >= :sinds
                           and (nu.bronnen is distinct from c.bronnen or not (%s))
                         order by c.gevraagd_op desc
                         limit :aantal""".formatted(ACTUEEL))
                .param("sinds", Timestamp.from(sinds))
                .param("indicatoren", indicatoren.toArray(String[]::new))
                .param("bronnen", bronnen.toArray(String[]::new))
                .param("aantal", aantal)
                .query((rs, i) -> new Verouderd(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * Moves the snapshot of every current answer forward to this statement's: nothing it depends on changed between the
     * two, so it stays current, and the changes before it are no longer needed to judge it.
     */
    int schuifMomentopnamenOp() {
        return jdbc.sql("update sturing.cijferblad c set momentopname = pg_current_snapshot()"
                        + " where pg_snapshot_xmin(c.momentopname) < pg_snapshot_xmin(pg_current_snapshot()) and "
                        + ACTUEEL)
                .update();
    }

    /**
     * Forgets answers not asked for since {@code grens}, and the changes every stored answer already sees; raises the
     * snoeigrens to them, so an answer still being computed from an older snapshot will not be stored.
     */
    int ruimOp(Instant grens) {
        jdbc.sql("delete from sturing.cijferblad where gevraagd_op < :grens")
                .param("grens", Timestamp.from(grens))
                .update();
        return jdbc.sql("""
                        with grens as (
                            update sturing.snoeigrens
                               set xid = greatest(xid, coalesce(
                                       (select min(pg_snapshot_xmin(momentopname)) from sturing.cijferblad),
                                       pg_snapshot_xmin(pg_current_snapshot())))
                            returning xid)
                        delete from sturing.wijziging where xid < (select xid from grens)""").update();
    }

    /** Tries to become the one node that computes outdated answers ahead; released when the transaction ends. */
    boolean alleenRekenen() {
        return Boolean.TRUE.equals(
                jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended('sturing.cijferblad', 0))")
                        .query(Boolean.class)
                        .single());
    }
}
