package nl.jeugdregie.sturing.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Steering data at national scale, generated straight into the read models with SQL (no events, no messages): {@value
 * #TRAJECTEN} rows in {@code sturing.traject} over the 342 gemeenten of 2026, weighted by their inhabitants aged 0-17,
 * and {@value #PRESTATIES} approved and rejected prestaties in {@code sturingbench.prestatie}, from which
 * {@code sturing.kosten} and {@code sturing.declaratieoordeel} are built the way the read model builds them.
 *
 * <p>Every random choice is a hash of the row number and a fixed salt ({@code hashint8extended}), so two runs give the
 * same rows. The rows stay in the benchmark's own database between runs: {@link #zorgVoor} regenerates only when the
 * version or a row count differs.
 */
final class Landelijkegegevens {

    static final int TRAJECTEN = 3_000_000;
    static final int PRESTATIES = 30_000_000;
    static final int JEUGDIGEN = 1_200_000;

    /** Raise when the generator changes, so a kept database is regenerated. */
    static final String VERSIE = "4";

    /** The last day with care: the day before the test clock (2026-03-02). */
    static final String GISTEREN = "2026-03-01";

    private final DataSource dataSource;
    private final Consumer<String> log;

    Landelijkegegevens(DataSource dataSource, Consumer<String> log) {
        this.dataSource = dataSource;
        this.log = log;
    }

    /** Generates the rows unless the kept database already holds this version; answers whether it generated. */
    boolean zorgVoor(boolean opnieuw) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            if (!opnieuw && aanwezig(s)) {
                log.accept("Gegevens van een eerdere run hergebruikt (versie " + VERSIE + ")");
                return false;
            }
            s.execute("set work_mem = '1GB'");
            s.execute("set maintenance_work_mem = '2GB'");
            s.execute("set synchronous_commit = off");
            long begin = System.nanoTime();
            if (!opnieuw && rijenZonderStand(s)) {
                log.accept("Rijen van een afgebroken run gevonden: alleen vacuum en stand");
            } else {
                stap(s, "hulptabellen (gemeenten, jeugdigen, producten)", HULPTABELLEN);
                stap(s, "sturing.traject: " + TRAJECTEN + " trajecten", TRAJECTEN_SQL);
                stap(
                        s,
                        "cluster sturing.traject (gemeente, begindatum), als migratie V2",
                        "cluster sturing.traject using traject_gebied");
                long maanden = getal(s, MAANDEN_SQL);
                double factor = (PRESTATIES * 1.01) / maanden;
                log.accept(String.format(
                        "  %d traject-maanden in de declaratieperiode, %.3f prestaties per traject-maand",
                        maanden, factor));
                stap(
                        s,
                        "sturingbench.prestatie: " + PRESTATIES + " prestaties",
                        String.format(Locale.ROOT, PRESTATIES_SQL, factor, factor, PRESTATIES));
                stap(s, "analyze sturingbench.prestatie", "analyze sturingbench.prestatie");
                stap(s, "sturing.kosten uit de goedgekeurde prestaties (als leesmodel/kosten.sql)", KOSTEN_SQL);
                stap(s, "sturing.declaratieoordeel per gemeente, aanbieder en maand", OORDEEL_SQL);
            }
            for (String tabel : new String[] {"sturing.traject", "sturing.kosten", "sturing.declaratieoordeel"}) {
                stap(s, "vacuum analyze " + tabel, "vacuum analyze " + tabel);
            }
            s.execute(STAND_SQL.formatted(VERSIE));
            // The connection goes back to the pool: the measurements run with the server's own settings.
            s.execute("reset all");
            log.accept(String.format("Gegenereerd in %.0f s", (System.nanoTime() - begin) / 1e9));
            return true;
        }
    }

    private boolean aanwezig(Statement s) throws SQLException {
        if (getal(s, "select count(*) from pg_namespace where nspname = 'sturingbench'") == 0
                || getal(s, "select count(*) from pg_tables where schemaname = 'sturingbench' and tablename = 'stand'")
                        == 0) {
            return false;
        }
        try (ResultSet r = s.executeQuery("select versie from sturingbench.stand")) {
            if (!r.next() || !VERSIE.equals(r.getString(1))) {
                return false;
            }
        }
        return getal(s, "select count(*) from sturing.traject") == TRAJECTEN
                && getal(s, "select count(*) from sturingbench.prestatie") == PRESTATIES;
    }

    /** Whether an earlier run stored every row but stopped before it wrote its stand. */
    private boolean rijenZonderStand(Statement s) throws SQLException {
        return getal(s, "select count(*) from pg_tables where schemaname = 'sturingbench' and tablename = 'prestatie'")
                        == 1
                && getal(s, "select count(*) from sturingbench.prestatie") == PRESTATIES
                && getal(s, "select count(*) from sturing.traject") == TRAJECTEN
                && getal(s, "select count(*) from (select 1 from sturing.kosten limit 1) k") == 1
                && getal(s, "select count(*) from (select 1 from sturing.declaratieoordeel limit 1) d") == 1;
    }

    private void stap(Statement s, String wat, String sql) throws SQLException {
        long begin = System.nanoTime();
        s.execute(sql);
        log.accept(String.format("  %-70s %7.1f s", wat, (System.nanoTime() - begin) / 1e9));
    }

    static long getal(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * The salted uniform number in [0, 1) of row {@code i}; gemeenten with their region number and weight; jeugdigen
     * per gemeente in proportion to its inhabitants aged 0-17 (2025), each with a pseudonym like the platform's (64
     * hex) and a birth year 2004..2025 peaking around 2014; the current JZ21 products per jeugdzorgvorm; the mix of
     * jeugdzorgvormen (8% met verblijf, 8.5% JB or JR, 6.5% onbekend).
     */
    private static final String HULPTABELLEN = """
            drop schema if exists sturingbench cascade;
            create schema sturingbench;
            truncate sturing.traject, sturing.levering, sturing.kosten, sturing.verwerkte_declaratie,
                sturing.declaratieoordeel, sturing.stand, sturing.jeugdige restart identity;

            create function sturingbench.u(i bigint, zout int) returns float8 language sql immutable parallel safe as
            $$ select (hashint8extended(i, zout) & 9007199254740991)::float8 / 9007199254740992.0 $$;

            create table sturingbench.gemeente as
            select l.gemeente::varchar(4) as code, l.jeugdregio,
                   dense_rank() over (order by l.jeugdregio)::int as regionr,
                   coalesce(j.aantal, 1000) as gewicht
              from regio.lidmaatschap l
              left join regio.v_jeugd_0_17 j on j.gemeente = l.gemeente and j.jaar = 2025
             where l.geldig @> date '2026-03-02';

            create unlogged table sturingbench.jeugdige as
            with aandeel as (
                select g.*, greatest(1, round(%d.0 * g.gewicht / sum(g.gewicht) over ()))::int as aantal
                  from sturingbench.gemeente g
            ), rij as (
                select row_number() over (order by a.code, s)::int as nr, a.code, a.regionr
                  from aandeel a cross join generate_series(1, a.aantal) s
            )
            select nr, code as gemeente, regionr,
                   encode(sha256(convert_to('benchmark-jeugdige-' || nr, 'UTF8')), 'hex') as pseudoniem,
                   2025 - floor(22 * (sturingbench.u(nr, 101) + sturingbench.u(nr, 102)) / 2)::int as geboortejaar
              from rij;
            create unique index on sturingbench.jeugdige (nr);
            analyze sturingbench.jeugdige;
            insert into sturing.jeugdige (pseudoniem) select pseudoniem from sturingbench.jeugdige order by nr;

            create table sturingbench.vorm (code varchar(8) primary key, nr int not null, van float8 not null,
                                            tot float8 not null);
            insert into sturingbench.vorm values
                ('01', 1, 0.000, 0.080), ('02', 2, 0.080, 0.630), ('03', 3, 0.630, 0.720), ('04', 4, 0.720, 0.770),
                ('11', 5, 0.770, 0.800), ('12', 6, 0.800, 0.815), ('13', 7, 0.815, 0.818), ('14', 8, 0.818, 0.850),
                ('JB', 9, 0.850, 0.920), ('JR', 10, 0.920, 0.935), ('onbekend', 11, 0.935, 1.000);

            create table sturingbench.product as
            select coalesce(p.jeugdzorgvorm, 'onbekend')::varchar(8) as vorm,
                   (row_number() over (partition by coalesce(p.jeugdzorgvorm, 'onbekend') order by p.productcode) - 1)::int
                       as nr,
                   p.productcode::varchar(5) as productcode, p.categorie::varchar(2) as categorie, p.jeugdzorgvorm
              from inkoop.v_producten p
             where p.vervallen_op is null;
            -- Care declared on a category only, with no product code and no jeugdzorgvorm: counted as onbekend.
            insert into sturingbench.product (vorm, nr, productcode, categorie, jeugdzorgvorm)
            select 'onbekend', coalesce(max(nr) + 1, 0), null, '50', null from sturingbench.product where vorm = 'onbekend';
            alter table sturingbench.vorm add column producten int;
            update sturingbench.vorm v set producten = (select count(*) from sturingbench.product p where p.vorm = v.code);
            """.formatted(JEUGDIGEN);

    /**
     * Three years of starts up to yesterday (94%) plus older ones (6%), in the order they began; durations from two
     * weeks to four years (longer with verblijf and for JB), open when they reach past yesterday; a national (35%) or
     * regional aanbieder, a gecertificeerde instelling for JB and JR; the verwijzer mix; wachtdagen for 92%; mostly
     * reden 31, about 7% reden 32; herhaald beroep for 35%.
     */
    private static final String TRAJECTEN_SQL = """
            insert into sturing.traject (jeugdige, jeugdige_nr, gemeente, aanbieder, jeugdzorgvorm, productcategorie, productcode,
                                         verwijzer, geboortejaar, begindatum, einddatum, reden_beeindiging, wachtdagen,
                                         herhaald, leveringen)
            with keuze as (
                select i,
                       1 + floor(sturingbench.u(i, 1) * (select count(*) from sturingbench.jeugdige))::int as jeugdige,
                       sturingbench.u(i, 2) as uvorm,
                       case when sturingbench.u(i, 3) < 0.94
                            then date '%1$s' - floor(sturingbench.u(i, 4) * 1095)::int
                            else date '2019-01-01' + floor(sturingbench.u(i, 4) * 1520)::int end as begindatum
                  from generate_series(1, %2$d) i
            ), basis as (
                select k.i, k.begindatum, j.pseudoniem, sj.nr as jeugdige_nr, j.gemeente, j.regionr, j.geboortejaar, v.code as vorm, v.nr as vormnr,
                       v.producten,
                       case when v.code in ('JB', 'JR') then 900000 + j.regionr * 10 + floor(sturingbench.u(k.i, 8) * 3)
                            when sturingbench.u(k.i, 9) < 0.35 then 1 + floor(power(sturingbench.u(k.i, 8), 2) * 150)
                            else 1000 + j.regionr * 100 + floor(power(sturingbench.u(k.i, 8), 1.5) * 70) end::int
                           as aanbieder,
                       case when v.code in ('11', '12', '13', '14', 'JB') then sqrt(sturingbench.u(k.i, 5))
                            else sturingbench.u(k.i, 5) end as uduur,
                       sturingbench.u(k.i, 6) as u6
                  from keuze k
                  join sturingbench.jeugdige j on j.nr = k.jeugdige
                  join sturing.jeugdige sj on sj.pseudoniem = j.pseudoniem
                  join sturingbench.vorm v on k.uvorm >= v.van and k.uvorm < v.tot
            ), aanbod as (
                -- An aanbieder offers at most three products of a jeugdzorgvorm.
                select b.*, p.productcode, p.categorie, p.jeugdzorgvorm
                  from basis b
                  join sturingbench.product p
                    on p.vorm = b.vorm
                   and p.nr = floor(power(sturingbench.u(b.aanbieder * 64 + b.vormnr * 4
                                                         + floor(sturingbench.u(b.i, 7) * 3)::int, 16), 1.5)
                                    * b.producten)::int
            ), duur as (
                select b.*,
                       b.begindatum + case when b.uduur < 0.30 then 14 + floor(b.u6 * 76)
                                           when b.uduur < 0.55 then 90 + floor(b.u6 * 92)
                                           when b.uduur < 0.77 then 182 + floor(b.u6 * 183)
                                           when b.uduur < 0.91 then 365 + floor(b.u6 * 365)
                                           else 730 + floor(b.u6 * 730) end::int as einde
                  from aanbod b
            )
            select d.pseudoniem, d.jeugdige_nr, d.gemeente,
                   case when d.aanbieder >= 900000 then '97' || lpad((d.aanbieder - 900000)::text, 6, '0')
                        else '98' || lpad(d.aanbieder::text, 6, '0') end,
                   d.jeugdzorgvorm, d.categorie, d.productcode,
                   case when d.vorm = 'JB' then '04'
                        when d.vorm = 'JR' then '08'
                        else case when sturingbench.u(d.i, 10) < 0.36 then '01'
                                  when sturingbench.u(d.i, 10) < 0.66 then '02'
                                  when sturingbench.u(d.i, 10) < 0.71 then '03'
                                  when sturingbench.u(d.i, 10) < 0.76 then '04'
                                  when sturingbench.u(d.i, 10) < 0.90 then '05'
                                  when sturingbench.u(d.i, 10) < 0.95 then '06'
                                  else '08' end end,
                   d.geboortejaar, d.begindatum,
                   case when d.einde <= date '%1$s' then d.einde end,
                   case when d.einde > date '%1$s' then null
                        when sturingbench.u(d.i, 11) < 0.80 then '31'
                        when sturingbench.u(d.i, 11) < 0.87 then '32'
                        when sturingbench.u(d.i, 11) < 0.91 then '34'
                        when sturingbench.u(d.i, 11) < 0.94 then '33'
                        when sturingbench.u(d.i, 11) < 0.96 then '38'
                        when sturingbench.u(d.i, 11) < 0.98 then '35'
                        when sturingbench.u(d.i, 11) < 0.995 then '39'
                        else '02' end,
                   case when sturingbench.u(d.i, 12) < 0.08 then null
                        else least(365, floor(-ln(1 - sturingbench.u(d.i, 13)) * 28))::int end,
                   sturingbench.u(d.i, 14) < 0.35,
                   1 + (sturingbench.u(d.i, 15) < 0.20)::int + (sturingbench.u(d.i, 15) < 0.05)::int
              from duur d
             order by d.begindatum, d.i
            """.formatted(GISTEREN, TRAJECTEN);

    /** The months with care of every traject between January 2023 and February 2026: the months declared. */
    private static final String MAANDEN_SQL = """
            select sum(m.eind - m.begin + 1)
              from (select (extract(year from greatest(begindatum, date '2023-01-01')) * 12
                              + extract(month from greatest(begindatum, date '2023-01-01')))::int as begin,
                           (extract(year from least(coalesce(einddatum, date '2026-02-28'), date '2026-02-28')) * 12
                              + extract(month from least(coalesce(einddatum, date '2026-02-28'), date '2026-02-28')))::int
                               as eind
                      from sturing.traject) m
             where m.eind >= m.begin
            """;

    /**
     * A prestatie per month with care (sometimes two: a correction or a second product line), in a random order of
     * trajecten cut at exactly {@value #PRESTATIES}, so about one traject in a hundred has not declared yet; stored in
     * order of month as declaraties arrive. The unit follows the jeugdzorgvorm (etmaal with verblijf, dagdeel for
     * daghulp, uur, stuks for JB/JR, euro's for onbekend), the tariff varies per aanbieder and product; 1.5% credit
     * lines (negative amount), 4% rejected.
     */
    private static final String PRESTATIES_SQL = """
            create table sturingbench.prestatie (
                gemeente varchar(4) not null,
                aanbieder varchar(8) not null,
                productcategorie varchar(2) not null,
                productcode varchar(5),
                eenheid varchar(2) not null,
                begindatum date not null,
                volume bigint not null,
                bedrag bigint not null,
                debet_credit char(1) not null,
                goedgekeurd boolean not null
            );
            insert into sturingbench.prestatie
            with trajecten as (
                select t.*, (t.id * 128) as sleutel
                  from sturing.traject t
                 where coalesce(t.einddatum, date '2026-02-28') >= date '2023-01-01'
                   and t.begindatum <= date '2026-02-28'
                 order by sturingbench.u(t.id, 20)
            ), regels as (
                select t.gemeente, t.aanbieder, t.productcategorie, t.productcode, t.jeugdzorgvorm,
                       greatest(t.begindatum, m.maand::date) as begindatum,
                       t.sleutel + m.n * 2 + k as sleutel
                  from trajecten t
                 cross join lateral (
                       select g as maand, row_number() over () as n
                         from generate_series(date_trunc('month', greatest(t.begindatum, date '2023-01-01')),
                                              least(coalesce(t.einddatum, date '2026-02-28'), date '2026-02-28'),
                                              interval '1 month') g) m
                 cross join lateral generate_series(1, floor(%1$f)::int
                       + (sturingbench.u(t.sleutel + m.n * 2, 21) < %2$f - floor(%2$f))::int) k
                 limit %3$d
            ), geprijsd as (
                select r.*,
                       case when r.jeugdzorgvorm in ('11', '12', '13', '14') then '14'
                            when r.jeugdzorgvorm = '03' then '16'
                            when r.jeugdzorgvorm in ('JB', 'JR') then '82'
                            when r.jeugdzorgvorm is null then '83'
                            else '04' end as eenheid,
                       case r.jeugdzorgvorm when '11' then 6000 when '12' then 20000 when '13' then 55000
                            when '14' then 32000 when '03' then 7000 when '01' then 8500 when '04' then 7500
                            when '02' then 10500 when 'JB' then 190000 when 'JR' then 170000 else 100 end
                           * (0.85 + 0.3 * sturingbench.u(hashtext(r.aanbieder || coalesce(r.productcode, '')), 22))
                           as tarief,
                       sturingbench.u(r.sleutel, 23) as uvolume,
                       sturingbench.u(r.sleutel, 24) < 0.015 as credit
                  from regels r
            ), regel as (
                select g.*,
                       case g.eenheid when '14' then 20 + floor(g.uvolume * 11) when '16' then 4 + floor(g.uvolume * 14)
                            when '82' then 1 when '83' then 200 + floor(g.uvolume * 2000)
                            else 2 + floor(g.uvolume * 14) end::bigint as volume
                  from geprijsd g
            )
            select r.gemeente, r.aanbieder, r.productcategorie, r.productcode, r.eenheid, r.begindatum, r.volume,
                   (case when r.credit then -1 else 1 end * round(r.volume * r.tarief))::bigint,
                   case when r.credit then 'C' else 'D' end,
                   sturingbench.u(r.sleutel, 25) >= 0.04
              from regel r
             order by date_trunc('month', r.begindatum), r.gemeente
            """;

    /** The aggregation of {@code sql/sturing/leesmodel/kosten.sql}, over all prestaties at once. */
    private static final String KOSTEN_SQL = """
            insert into sturing.kosten (gemeente, maand, aanbieder, productcategorie, productcode, eenheid, bedrag, volume,
                                        prestaties)
            select p.gemeente, date_trunc('month', p.begindatum)::date, p.aanbieder, p.productcategorie,
                   coalesce(p.productcode, ''), p.eenheid, sum(p.bedrag),
                   sum(case when p.debet_credit = 'C' then -p.volume else p.volume end), count(*)
              from sturingbench.prestatie p
             where p.goedgekeurd
             group by 1, 2, 3, 4, 5, 6
            """;

    /** A declaratie per gemeente, aanbieder and month, judged ten days after the month; rejected lines counted. */
    private static final String OORDEEL_SQL = """
            insert into sturing.declaratieoordeel (declaratie_id, gemeente, aanbieder, declaratienummer, beoordeeld,
                                                   prestaties, afgewezen)
            select row_number() over (order by d.maand, d.gemeente, d.aanbieder), d.gemeente, d.aanbieder,
                   'B' || to_char(d.maand, 'YYMM') || right(d.aanbieder, 6),
                   (d.maand + interval '1 month 10 days')::date, d.prestaties, d.afgewezen
              from (select p.gemeente, p.aanbieder, date_trunc('month', p.begindatum)::date as maand,
                           count(*) as prestaties, count(*) filter (where not p.goedgekeurd) as afgewezen
                      from sturingbench.prestatie p
                     group by 1, 2, 3) d
            """;

    private static final String STAND_SQL = """
            drop table if exists sturingbench.stand;
            create table sturingbench.stand (versie text not null, gegenereerd_op timestamptz not null);
            insert into sturingbench.stand values ('%s', now());
            insert into sturing.stand (leesmodel, bijgewerkt_op) values ('trajecten', now()), ('kosten', now());
            """;
}
