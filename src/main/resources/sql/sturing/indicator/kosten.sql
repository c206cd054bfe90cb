-- Naam: Kosten jeugdzorg
-- Definitie: Het totaal van de goedgekeurde gedeclareerde bedragen (JW323, na controle door de gemeente) voor zorg die in de periode werd geleverd: toegerekend aan de maand waarin de prestatie begon, niet aan de maand van betaling. Creditregels tellen negatief.
-- Eenheid: euro
-- Bron: declaraties (JW323) en hun beoordeling (JW325)
-- Filters: hulpvorm, aanbieder
-- Uitsplitsingen: hulpvorm, aanbieder, product, gemeente
-- Teller: Kosten (euro)
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
)
select groep, sum(bedrag) / 100.0 as waarde, sum(bedrag) / 100.0 as teller, null::numeric as noemer,
       null::bigint as jeugdigen, false as geschat
  from kostengroep
 group by groep
