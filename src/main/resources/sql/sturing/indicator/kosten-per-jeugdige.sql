-- Naam: Kosten per jeugdige
-- Definitie: De kosten jeugdzorg in de periode (goedgekeurde declaraties, naar maand van levering) gedeeld door het aantal verschillende jeugdigen met een traject in de periode, jeugdbescherming en jeugdreclassering inbegrepen.
-- Eenheid: euro
-- Bron: declaraties (JW323, JW325); starts en stops (JW305, JW307)
-- Filters: hulpvorm, aanbieder
-- Uitsplitsingen: hulpvorm, aanbieder, gemeente
-- Teller: Kosten (euro)
-- Noemer: Jeugdigen
with kosten as (
    select k.*, coalesce(p.jeugdzorgvorm, c.jeugdzorgvorm) as jeugdzorgvorm
      from sturing.kosten k
      left join inkoop.v_producten p on p.productcode = nullif(k.productcode, '')
      left join sturing.categorievorm c on k.productcode = '' and c.productcategorie = k.productcategorie
     where k.gemeente = any(cast(:gemeenten as varchar[]))
       and k.maand between date_trunc('month', cast(:begin as date)) and cast(:eind as date)
       and (cast(:aanbieder as varchar) is null or k.aanbieder = cast(:aanbieder as varchar))
), kostengroep as (
    select case cast(:uitsplitsing as text)
               when 'hulpvorm' then coalesce(k.jeugdzorgvorm, 'onbekend')
               when 'aanbieder' then k.aanbieder
               when 'product' then coalesce(nullif(k.productcode, ''), k.productcategorie)
               when 'gemeente' then k.gemeente
               else 'totaal' end as groep,
           k.*
      from kosten k
     where cast(:vorm as varchar) is null or coalesce(k.jeugdzorgvorm, 'onbekend') = cast(:vorm as varchar)
), bedragen as (
    select groep, sum(bedrag) as bedrag from kostengroep group by groep
), jeugdigen as (
    select t.groep, count(distinct t.jeugdige) as aantal
      from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, null, null, :vorm, null, :aanbieder,
                             :uitsplitsing) t
     group by t.groep
)
select j.groep, round(coalesce(b.bedrag, 0) / 100.0 / j.aantal, 2) as waarde, coalesce(b.bedrag, 0) / 100.0 as teller,
       j.aantal as noemer, j.aantal as jeugdigen, false as geschat
  from jeugdigen j
  left join bedragen b on b.groep = j.groep
