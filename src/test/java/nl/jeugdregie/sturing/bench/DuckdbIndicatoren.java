package nl.jeugdregie.sturing.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The indicator questions of {@code sql/sturing/indicator/} that read the steering read models, translated to DuckDB
 * SQL over the Parquet export: the same definitions (overlap with the period, the breakdown as groep, distinct
 * jeugdigen, the same FILTER clauses), with {@code sturing.trajecten(...)} written out as a subquery and the costs
 * aggregated from the raw prestaties instead of {@code sturing.kosten}. The four questions about toegang and
 * berichtenverkeer have no rows in this benchmark and are not translated. Values are written into the SQL as literals
 * (they come from this test, never from a user), so DuckDB can push the gemeente filter into the Parquet scan.
 */
final class DuckdbIndicatoren {

    /** The indicators that come from trajecten, costs or declaratieoordelen: the ones both databases answer. */
    static final List<String> VERTAALD = List.of(
            "jongeren-met-jeugdhulp",
            "percentage-jongeren-met-jeugdhulp",
            "aandeel-jeugdhulp-met-verblijf",
            "trajecten-begonnen",
            "aandeel-herhaald-beroep",
            "trajecten-beeindigd",
            "trajecten-lopend",
            "gemiddelde-duur",
            "trajecten-boven-reviewnorm",
            "uitval",
            "reden-beeindiging",
            "wachttijd",
            "kosten",
            "kosten-per-jeugdige",
            "gemiddelde-prijs",
            "declaratieregels-afgewezen");

    private static final String JEUGDIGEN = "count(distinct t.jeugdige)";

    private static final Map<String, String> VRAGEN = Map.ofEntries(
            Map.entry("jongeren-met-jeugdhulp", """
                    select t.groep, %1$s as waarde, %1$s as teller, null as noemer, %1$s as jeugdigen
                      from ${trajecten} t
                     where t.jeugdhulp
                     group by t.groep""".formatted(JEUGDIGEN)),
            Map.entry("percentage-jongeren-met-jeugdhulp", """
                    with inwoners as (
                        select sum(b.aantal) as aantal, bool_or(b.geschat) as geschat
                          from jeugd_0_17 b
                         where b.gemeente in (${gemeenten}) and b.jaar = year(${begin})
                    )
                    select t.groep, round(100.0 * %1$s / nullif(i.aantal, 0), 1) as waarde, %1$s as teller,
                           i.aantal as noemer, %1$s as jeugdigen
                      from ${trajecten} t
                     cross join inwoners i
                     where t.jeugdhulp
                     group by t.groep, i.aantal, i.geschat""".formatted(JEUGDIGEN)),
            Map.entry("aandeel-jeugdhulp-met-verblijf", """
                    select t.groep,
                           round(100.0 * count(distinct t.jeugdige) filter (where t.met_verblijf) / %1$s, 1) as waarde,
                           count(distinct t.jeugdige) filter (where t.met_verblijf) as teller, %1$s as noemer,
                           %1$s as jeugdigen
                      from ${trajecten} t
                     where t.jeugdhulp
                     group by t.groep""".formatted(JEUGDIGEN)),
            Map.entry("trajecten-begonnen", aantal("t.begindatum >= ${begin}")),
            Map.entry("aandeel-herhaald-beroep", """
                    select t.groep, round(100.0 * count(*) filter (where t.herhaald) / count(*), 1) as waarde,
                           count(*) filter (where t.herhaald) as teller, count(*) as noemer, %1$s as jeugdigen
                      from ${trajecten} t
                     where t.begindatum >= ${begin} and t.jeugdhulp
                     group by t.groep""".formatted(JEUGDIGEN)),
            Map.entry("trajecten-beeindigd", aantal("t.einddatum <= ${eind}")),
            Map.entry("trajecten-lopend", aantal("t.einddatum is null or t.einddatum >= ${eind}")),
            Map.entry("gemiddelde-duur", """
                    select t.groep, round(avg(datediff('day', t.begindatum, t.einddatum) + 1), 0) as waarde,
                           sum(datediff('day', t.begindatum, t.einddatum) + 1) as teller, count(*) as noemer,
                           %1$s as jeugdigen
                      from ${trajecten} t
                     where t.einddatum <= ${eind} and t.jeugdhulp
                     group by t.groep""".formatted(JEUGDIGEN)),
            Map.entry(
                    "trajecten-boven-reviewnorm",
                    aantal("t.jeugdhulp and (t.einddatum is null or t.einddatum >= ${eind})"
                            + " and t.begindatum <= cast(${eind} - case when t.met_verblijf then interval 2 year"
                            + " else interval 1 year end as date)")),
            Map.entry("uitval", """
                    select t.groep, round(100.0 * count(*) filter (where t.reden_beeindiging = '32') / count(*), 1)
                               as waarde,
                           count(*) filter (where t.reden_beeindiging = '32') as teller, count(*) as noemer,
                           %1$s as jeugdigen
                      from ${trajecten} t
                     where t.einddatum <= ${eind}
                     group by t.groep""".formatted(JEUGDIGEN)),
            Map.entry("reden-beeindiging", """
                    select t.groep, round(100.0 * count(*) / sum(count(*)) over (), 1) as waarde, count(*) as teller,
                           sum(count(*)) over () as noemer, %1$s as jeugdigen
                      from ${trajecten} t
                     where t.einddatum <= ${eind}
                     group by t.groep""".formatted(JEUGDIGEN)),
            Map.entry("wachttijd", """
                    select t.groep, round(avg(greatest(t.wachtdagen, 0)), 0) as waarde,
                           sum(greatest(t.wachtdagen, 0)) as teller, count(*) as noemer, %1$s as jeugdigen
                      from ${trajecten} t
                     where t.begindatum >= ${begin} and t.wachtdagen is not null
                     group by t.groep""".formatted(JEUGDIGEN)),
            Map.entry("kosten", """
                    with ${kosten}
                    select groep, sum(bedrag) / 100.0 as waarde, sum(bedrag) / 100.0 as teller, null as noemer,
                           null as jeugdigen
                      from kostengroep
                     group by groep"""),
            Map.entry("kosten-per-jeugdige", """
                    with ${kosten}, bedragen as (
                        select groep, sum(bedrag) as bedrag from kostengroep group by groep
                    ), jeugdigen as (
                        select t.groep, count(distinct t.jeugdige) as aantal from ${trajecten} t group by t.groep
                    )
                    select j.groep, round(coalesce(b.bedrag, 0) / 100.0 / j.aantal, 2) as waarde,
                           coalesce(b.bedrag, 0) / 100.0 as teller, j.aantal as noemer, j.aantal as jeugdigen
                      from jeugdigen j
                      left join bedragen b on b.groep = j.groep"""),
            Map.entry("gemiddelde-prijs", """
                    with ${kosten}
                    select coalesce(nullif(productcode, ''), productcategorie) || '|' || eenheid as groep,
                           round(sum(bedrag) / 100.0 / nullif(sum(volume), 0), 2) as waarde,
                           sum(bedrag) / 100.0 as teller, sum(volume) as noemer, null as jeugdigen
                      from kostengroep
                     group by 1"""),
            Map.entry("declaratieregels-afgewezen", """
                    select ${oordeelgroep} as groep,
                           round(100.0 * sum(d.afgewezen) / nullif(sum(d.prestaties), 0), 1) as waarde,
                           sum(d.afgewezen) as teller, sum(d.prestaties) as noemer, null as jeugdigen
                      from declaratieoordeel d
                     where d.gemeente in (${gemeenten})
                       and d.beoordeeld between ${begin} and ${eind}
                     group by 1"""));

    /**
     * sturing.trajecten(...) without the filters the benchmark leaves empty (leeftijd, hulpvorm, verwijzer,
     * aanbieder): the trajecten of the gemeenten that overlap the period, with the breakdown as groep.
     */
    private static final String TRAJECTEN = """
            (select t.id, t.jeugdige, t.gemeente, t.aanbieder, t.jeugdzorgvorm, t.productcategorie, t.productcode,
                    t.verwijzer, year(${eind}) - t.geboortejaar as leeftijd, t.begindatum, t.einddatum,
                    t.reden_beeindiging, t.wachtdagen, t.herhaald,
                    coalesce(t.jeugdzorgvorm in ('11', '12', '13', '14'), false) as met_verblijf,
                    coalesce(t.jeugdzorgvorm not in ('JB', 'JR'), true) as jeugdhulp,
                    ${trajectgroep} as groep
               from traject t
              where t.gemeente in (${gemeenten})
                and t.begindatum <= ${eind}
                and (t.einddatum is null or t.einddatum >= ${begin}))""";

    /**
     * The costs of the gemeenten in the period straight from the prestaties: approved lines, credit volume negative,
     * by the month the prestatie began, with the jeugdzorgvorm of the product or else of the category.
     */
    private static final String KOSTEN = """
            kosten as (
                select p.gemeente, p.aanbieder, p.productcategorie, coalesce(p.productcode, '') as productcode,
                       p.eenheid, p.bedrag, case when p.debet_credit = 'C' then -p.volume else p.volume end as volume,
                       coalesce(pr.jeugdzorgvorm, c.jeugdzorgvorm) as jeugdzorgvorm
                  from prestatie p
                  left join producten pr on pr.productcode = p.productcode
                  left join categorievorm c on p.productcode is null and c.productcategorie = p.productcategorie
                 where p.goedgekeurd
                   and p.gemeente in (${gemeenten})
                   and p.begindatum >= date_trunc('month', ${begin})
                   and p.begindatum <= ${eind}
            ), kostengroep as (
                select ${kostengroep} as groep, k.* from kosten k
            )""";

    private DuckdbIndicatoren() {}

    /** The DuckDB question of an indicator for these gemeenten, period and breakdown; empty if not translated. */
    static Optional<String> vraag(String code, List<String> gemeenten, LocalDate begin, LocalDate eind, String groep) {
        String vraag = VRAGEN.get(code);
        if (vraag == null) {
            return Optional.empty();
        }
        return Optional.of(vraag.replace("${kosten}", KOSTEN)
                .replace("${trajecten}", TRAJECTEN)
                .replace("${trajectgroep}", trajectgroep(groep))
                .replace("${kostengroep}", kostengroep(groep))
                .replace("${oordeelgroep}", groep.equals("aanbieder") ? "d.aanbieder" : "'totaal'")
                .replace(
                        "${gemeenten}",
                        gemeenten.stream()
                                .map(g -> "'" + g.replaceAll("[^0-9]", "") + "'")
                                .collect(Collectors.joining(", ")))
                .replace("${begin}", "DATE '" + begin + "'")
                .replace("${eind}", "DATE '" + eind + "'"));
    }

    private static String aantal(String voorwaarde) {
        return """
                select t.groep, count(*) as waarde, count(*) as teller, null as noemer, %s as jeugdigen
                  from ${trajecten} t
                 where %s
                 group by t.groep""".formatted(JEUGDIGEN, voorwaarde);
    }

    /** The CASE of sturing.trajecten(...) for one breakdown, as PostgreSQL folds it for a constant. */
    private static String trajectgroep(String uitsplitsing) {
        return switch (uitsplitsing) {
            case "gemeente" -> "t.gemeente";
            case "hulpvorm" -> "coalesce(t.jeugdzorgvorm, 'onbekend')";
            case "verwijzer" -> "t.verwijzer";
            case "aanbieder" -> "t.aanbieder";
            case "product" -> "coalesce(t.productcode, t.productcategorie)";
            case "leeftijd" -> """
                    case when t.geboortejaar is null then 'onbekend'
                         when year(${eind}) - t.geboortejaar < 4 then '0-3'
                         when year(${eind}) - t.geboortejaar < 12 then '4-11'
                         when year(${eind}) - t.geboortejaar < 18 then '12-17'
                         else '18+' end""";
            case "beroep" -> "case when t.herhaald then 'herhaald' else 'nieuw' end";
            case "reden" -> "coalesce(t.reden_beeindiging, 'lopend')";
            case "duurklasse" -> """
                    case when t.einddatum is null then 'lopend'
                         when t.einddatum < cast(t.begindatum + interval 3 month as date) then '0-3m'
                         when t.einddatum < cast(t.begindatum + interval 6 month as date) then '3-6m'
                         when t.einddatum < cast(t.begindatum + interval 1 year as date) then '6-12m'
                         when t.einddatum < cast(t.begindatum + interval 2 year as date) then '1-2j'
                         when t.einddatum < cast(t.begindatum + interval 3 year as date) then '2-3j'
                         when t.einddatum < cast(t.begindatum + interval 4 year as date) then '3-4j'
                         else '4j+' end""";
            default -> "'totaal'";
        };
    }

    private static String kostengroep(String uitsplitsing) {
        return switch (uitsplitsing) {
            case "hulpvorm" -> "coalesce(k.jeugdzorgvorm, 'onbekend')";
            case "aanbieder" -> "k.aanbieder";
            case "product" -> "coalesce(nullif(k.productcode, ''), k.productcategorie)";
            case "gemeente" -> "k.gemeente";
            default -> "'totaal'";
        };
    }
}
