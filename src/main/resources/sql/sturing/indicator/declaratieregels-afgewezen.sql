-- Naam: Afgewezen declaratieregels
-- Definitie: Het aandeel van de prestaties in de declaraties (JW323) die de gemeente in de periode beoordeelde dat werd afgewezen (JW325 met een retourcode).
-- Eenheid: procent
-- Bron: declaraties (JW323) en hun beoordeling (JW325)
-- Filters: aanbieder
-- Uitsplitsingen: aanbieder
-- Teller: Afgewezen
-- Noemer: Prestaties
select case cast(:uitsplitsing as text) when 'aanbieder' then d.aanbieder else 'totaal' end as groep,
       round(100.0 * sum(d.afgewezen) / nullif(sum(d.prestaties), 0), 1) as waarde, sum(d.afgewezen) as teller,
       sum(d.prestaties) as noemer, null::bigint as jeugdigen, false as geschat
  from sturing.declaratieoordeel d
 where d.gemeente = any(cast(:gemeenten as varchar[]))
   and d.beoordeeld between :begin and :eind
   and (cast(:aanbieder as varchar) is null or d.aanbieder = cast(:aanbieder as varchar))
 group by 1
