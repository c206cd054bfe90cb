-- Naam: Beëindigde trajecten
-- Definitie: Het aantal trajecten dat in de periode eindigde (de laatste stop, JW307, van het samengevoegde traject valt in de periode).
-- Eenheid: aantal
-- Bron: starts en stops (JW305, JW307)
-- CBS: Beleidsinformatie Jeugd, beëindigde jeugdhulptrajecten (85097NED)
-- Uitsplitsingen: reden, duurklasse, hulpvorm, verwijzer, aanbieder, product, leeftijd, gemeente
-- Teller: Trajecten
select t.groep, count(*) as waarde, count(*) as teller, null::numeric as noemer, count(distinct t.jeugdige) as jeugdigen,
       false as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 where t.einddatum <= :eind
 group by t.groep
