-- Naam: Besluiten per toegangsroute
-- Definitie: Het aantal besluiten van de gemeentelijke toegang in de periode naar de route waarlangs de hulpvraag binnenkwam (lokaal team, huisarts, jeugdarts, medisch specialist, gecertificeerde instelling, rechter, onderwijs, het gezin zelf): de meerdere toegangspoorten.
-- Eenheid: aantal
-- Bron: hulpvragen en besluiten van de toegang
-- Filters: verwijzer
-- Uitsplitsingen: route, verwijzer
-- Standaarduitsplitsing: route
-- Teller: Besluiten
select case cast(:uitsplitsing as text) when 'verwijzer' then b.verwijzer when 'route' then b.route
            else 'totaal' end as groep,
       count(*) as waarde, count(*) as teller, null::numeric as noemer, count(*) as jeugdigen, false as geschat
  from toegang.v_besluiten b
 where b.gemeente = any(cast(:gemeenten as bpchar[]))
   and b.besloten between :begin and :eind
   and (cast(:verwijzer as varchar) is null or b.verwijzer = cast(:verwijzer as varchar))
 group by 1
