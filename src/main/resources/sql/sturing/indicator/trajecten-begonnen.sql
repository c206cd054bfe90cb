-- Naam: Begonnen trajecten
-- Definitie: Het aantal trajecten dat in de periode begon. Een traject is de zorg van één product bij één aanbieder voor één jeugdige van start (JW305) tot stop (JW307); trajecten van dezelfde jeugdige met dezelfde hulpvorm bij dezelfde aanbieder die overlappen of op elkaar aansluiten tellen als één. Uitsplitsing 'beroep': herhaald als de jeugdige in de vijf jaar ervoor jeugdhulp had, anders nieuw.
-- Eenheid: aantal
-- Bron: starts en stops (JW305, JW307)
-- CBS: Beleidsinformatie Jeugd, begonnen jeugdhulptrajecten (85097NED)
-- Uitsplitsingen: beroep, hulpvorm, verwijzer, aanbieder, product, leeftijd, gemeente
-- Teller: Trajecten
select t.groep, count(*) as waarde, count(*) as teller, null::numeric as noemer, count(distinct t.jeugdige) as jeugdigen,
       false as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 where t.begindatum >= :begin
 group by t.groep
