-- Naam: Gemiddelde prijs per eenheid
-- Definitie: Het goedgekeurde bedrag gedeeld door het goedgekeurde volume, per product en eenheid, over de zorg die in de periode werd geleverd: de prijscomponent van de kosten, los van het volume.
-- Eenheid: euro
-- Bron: declaraties (JW323, JW325)
-- Filters: hulpvorm, aanbieder
-- Uitsplitsingen: product
-- Standaarduitsplitsing: product
-- Teller: Goedgekeurd bedrag (euro)
-- Noemer: Volume
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
select coalesce(nullif(productcode, ''), productcategorie) || '|' || eenheid as groep,
       round(sum(bedrag) / 100.0 / nullif(sum(volume), 0), 2) as waarde, sum(bedrag) / 100.0 as teller,
       sum(volume) as noemer, null::bigint as jeugdigen, false as geschat
  from kostengroep
 group by 1
