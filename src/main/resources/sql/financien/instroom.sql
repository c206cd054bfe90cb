-- Instroom: per CBS jeugdzorgvorm and month from :van up to and including :tot, the number of new toewijzingen (by
-- ingangsdatum; vervallen and removed ones left out), the number of toewijzingen running in that month, and the
-- approved declared amount for care delivered in it. The prognose takes the trend of the first and the cost per
-- toewijzing-month of the others: realisatie of the window / toewijzing-months of the window. The running toewijzingen
-- are counted from their starts and ends per month (a running sum), so the question stays linear in their number.
with toewijzing as (
    select coalesce(p.jeugdzorgvorm, 'onbekend') as jeugdzorgvorm,
           t.ingangsdatum,
           t.einddatum
    from toewijzing.v_toewijzingen t
             join (select distinct g.code from unnest(cast(:gemeenten as char(4)[])) g (code)) gekozen
                  on gekozen.code = t.gemeente
             left join inkoop.v_producten p on p.productcode = t.productcode
    where not t.vervallen
      and coalesce(t.reden_wijziging, '') <> '13'
      and t.ingangsdatum < cast(:tot as date) + interval '1 month'
      and coalesce(t.einddatum, date 'infinity') >= cast(:van as date)
),
maand as (
    select gs::date as begin
    from generate_series(cast(:van as date), cast(:tot as date), interval '1 month') gs
),
-- +1 in the month a toewijzing starts (or the first month of the window), -1 in the month after it ends.
mutatie as (
    select jeugdzorgvorm,
           greatest(date_trunc('month', ingangsdatum)::date, cast(:van as date)) as maand,
           1 as delta,
           case when ingangsdatum >= cast(:van as date) then 1 else 0 end as nieuw
    from toewijzing
    union all
    select jeugdzorgvorm, (date_trunc('month', einddatum) + interval '1 month')::date, -1, 0
    from toewijzing
    where einddatum < cast(:tot as date)
),
per_maand as (
    select jeugdzorgvorm, maand, sum(delta) as delta, sum(nieuw) as nieuw
    from mutatie
    group by jeugdzorgvorm, maand
),
vorm as (
    select distinct jeugdzorgvorm from per_maand
),
reeks as (
    select v.jeugdzorgvorm,
           m.begin,
           coalesce(pm.nieuw, 0) as nieuw,
           sum(coalesce(pm.delta, 0)) over (partition by v.jeugdzorgvorm order by m.begin) as lopend
    from maand m
             cross join vorm v
             left join per_maand pm on pm.jeugdzorgvorm = v.jeugdzorgvorm and pm.maand = m.begin
),
realisatie as (
    select date_trunc('month', p.begindatum)::date as begin,
           coalesce(pr.jeugdzorgvorm, 'onbekend') as jeugdzorgvorm,
           sum(p.bedrag_eurocent)::bigint as eurocent
    from declaratie.v_prestaties p
             join unnest(cast(:gemeenten as text[])) g (code) on g.code = p.gemeente
             left join inkoop.v_producten pr on pr.productcode = p.productcode
    where p.goedgekeurd
      and p.begindatum >= cast(:van as date)
      and p.begindatum < cast(:tot as date) + interval '1 month'
    group by 1, 2
)
select coalesce(r.begin, rl.begin) as maand,
       coalesce(r.jeugdzorgvorm, rl.jeugdzorgvorm) as jeugdzorgvorm,
       coalesce(r.nieuw, 0) as nieuw,
       coalesce(r.lopend, 0) as lopend,
       coalesce(rl.eurocent, 0) as eurocent
from reeks r
         full join realisatie rl on rl.begin = r.begin and rl.jeugdzorgvorm = r.jeugdzorgvorm
order by 2, 1
