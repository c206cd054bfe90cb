-- Naam: Lopende trajecten op de peildatum
-- Definitie: Het aantal trajecten dat op de laatste dag van de periode (de peildatum) loopt: begonnen op of voor die dag en niet eerder beëindigd.
-- Eenheid: aantal
-- Bron: starts en stops (JW305, JW307)
-- CBS: Beleidsinformatie Jeugd, lopende jeugdhulptrajecten op peildatum
-- Nederland: jeugdhulptrajecten_actief
-- Uitsplitsingen: hulpvorm, verwijzer, aanbieder, product, leeftijd, gemeente
-- Teller: Trajecten
select t.groep, count(*) as waarde, count(*) as teller, null::numeric as noemer, count(distinct t.jeugdige) as jeugdigen,
       false as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 where t.einddatum is null or t.einddatum >= :eind
 group by t.groep
