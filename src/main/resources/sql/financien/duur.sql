-- Duur: per CBS jeugdzorgvorm (of the product; onbekend without one) the average duration in months of the care that
-- ended from :van up to and including :tot, from its start to its stop (toewijzing.v_trajecten: begindatum to
-- einddatum, both days counted; a month is 365.25 / 12 days), and how many ended; for the gemeente :gemeente and,
-- apart, for all of :gemeenten together (its region). Care whose start was withdrawn is not in the view.
with beeindigd as (
    select t.gemeente,
           coalesce(p.jeugdzorgvorm, 'onbekend') as jeugdzorgvorm,
           (t.einddatum - t.begindatum + 1) as dagen
    from toewijzing.v_trajecten t
             join unnest(cast(:gemeenten as text[])) g (code) on g.code = t.gemeente
             left join inkoop.v_producten p on p.productcode = t.productcode
    where t.einddatum between :van and :tot
      and t.einddatum >= t.begindatum
)
select jeugdzorgvorm,
       gemeente = :gemeente as eigen,
       count(*) as beeindigd,
       round(avg(dagen) / (365.25 / 12), 2) as maanden
from beeindigd
where gemeente = :gemeente
group by jeugdzorgvorm, gemeente
union all
select jeugdzorgvorm, false, count(*), round(avg(dagen) / (365.25 / 12), 2)
from beeindigd
group by jeugdzorgvorm
