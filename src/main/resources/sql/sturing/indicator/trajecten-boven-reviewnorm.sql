-- Naam: Lopende trajecten langer dan de reviewnorm
-- Definitie: Het aantal jeugdhulptrajecten dat op de peildatum (de laatste dag van de periode) loopt en dan al langer duurt dan de reviewnorm van de regio: één jaar zonder verblijf, twee jaar met verblijf. Deze trajecten vragen om een herbeoordeling: werkt de hulp, kan de jeugdige verder met lichtere hulp of zonder?
-- Eenheid: aantal
-- Bron: starts en stops (JW305, JW307)
-- Uitsplitsingen: aanbieder, product, hulpvorm, gemeente
-- Teller: Trajecten
select t.groep, count(*) as waarde, count(*) as teller, null::numeric as noemer, count(distinct t.jeugdige) as jeugdigen,
       false as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 where t.jeugdhulp
   and (t.einddatum is null or t.einddatum >= :eind)
   and t.begindatum <= (cast(:eind as date) - case when t.met_verblijf then interval '2 years' else interval '1 year' end)::date
 group by t.groep
