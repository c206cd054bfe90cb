-- Instroom: per CBS jeugdzorgvorm and month of the :maanden months before the peildatum's month, the number of new
-- toewijzingen (by ingangsdatum; vervallen and removed ones left out), the number of toewijzing-months running in that
-- month, and the approved declared amount for care delivered in it. The prognose takes the trend of the first and
-- the cost per toewijzing-month of the others: realisatie of the window / toewijzing-months of the window.
with maand as (
    select gs::date as begin, (gs + interval '1 month' - interval '1 day')::date as eind
    from generate_series(cast(:van as date), cast(:tot as date), interval '1 month') gs
),
toewijzing as (
    select t.gemeente, t.toewijzingnummer, t.ingangsdatum, coalesce(t.einddatum, date 'infinity') as einddatum,
           coalesce(p.jeugdzorgvorm, 'onbekend') as jeugdzorgvorm
    from toewijzing.v_toewijzingen t
             left join inkoop.v_producten p on p.productcode = t.productcode
    where t.gemeente = any (cast(:gemeenten as text[]))
      and not t.vervallen
      and coalesce(t.reden_wijziging, '') <> '13'
      and t.ingangsdatum <= cast(:tot as date) + interval '1 month'
      and coalesce(t.einddatum, date 'infinity') >= cast(:van as date)
),
per_maand as (
    select m.begin,
           t.jeugdzorgvorm,
           count(*) filter (where t.ingangsdatum between m.begin and m.eind) as nieuw,
           count(*) as lopend
    from maand m
             join toewijzing t on t.ingangsdatum <= m.eind and t.einddatum >= m.begin
    group by m.begin, t.jeugdzorgvorm
),
realisatie as (
    select date_trunc('month', p.begindatum)::date as begin,
           coalesce(pr.jeugdzorgvorm, 'onbekend') as jeugdzorgvorm,
           sum(p.bedrag_eurocent)::bigint as eurocent
    from declaratie.v_prestaties p
             left join inkoop.v_producten pr on pr.productcode = p.productcode
    where p.gemeente = any (cast(:gemeenten as text[]))
      and p.goedgekeurd
      and p.begindatum >= cast(:van as date)
      and p.begindatum < cast(:tot as date) + interval '1 month'
    group by 1, 2
)
select coalesce(pm.begin, r.begin) as maand,
       coalesce(pm.jeugdzorgvorm, r.jeugdzorgvorm) as jeugdzorgvorm,
       coalesce(pm.nieuw, 0) as nieuw,
       coalesce(pm.lopend, 0) as lopend,
       coalesce(r.eurocent, 0) as eurocent
from per_maand pm
         full join realisatie r on r.begin = pm.begin and r.jeugdzorgvorm = pm.jeugdzorgvorm
order by 2, 1
