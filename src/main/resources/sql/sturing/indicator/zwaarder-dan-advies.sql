-- Naam: Zwaarder dan geadviseerd
-- Definitie: Het aandeel van de besluiten van de gemeentelijke toegang in de periode (toegekend of deels toegekend, met een advies) waarin zwaardere hulp werd gekozen dan de lichtste passende trede die het advies gaf.
-- Eenheid: procent
-- Bron: besluiten van de toegang
-- Filters: verwijzer
-- Uitsplitsingen: verwijzer
-- Teller: Zwaarder dan geadviseerd
-- Noemer: Besluiten met advies
select case cast(:uitsplitsing as text) when 'verwijzer' then b.verwijzer else 'totaal' end as groep,
       round(100.0 * count(*) filter (where b.zwaarder_dan_advies) / count(*), 1) as waarde,
       count(*) filter (where b.zwaarder_dan_advies) as teller, count(*) as noemer, count(*) as jeugdigen,
       false as geschat
  from toegang.v_besluiten b
 where b.gemeente = any(cast(:gemeenten as bpchar[]))
   and b.besloten between :begin and :eind
   and b.soort <> 'AFGEWEZEN' and b.advies_trede is not null
   and (cast(:verwijzer as varchar) is null or b.verwijzer = cast(:verwijzer as varchar))
 group by 1
