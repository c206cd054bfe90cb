-- Naam: Herhaald beroep
-- Definitie: Het aandeel van de in de periode begonnen jeugdhulptrajecten van een jeugdige die in de vijf jaar voor het begin al jeugdhulp had (herhaald beroep).
-- Eenheid: procent
-- Bron: starts en stops (JW305, JW307)
-- CBS: Beleidsinformatie Jeugd, nieuw en herhaald beroep
-- Uitsplitsingen: hulpvorm, verwijzer, aanbieder, leeftijd
-- Teller: Herhaald beroep
-- Noemer: Begonnen trajecten
select t.groep, round(100.0 * count(*) filter (where t.herhaald) / count(*), 1) as waarde,
       count(*) filter (where t.herhaald) as teller, count(*) as noemer, count(distinct t.jeugdige) as jeugdigen,
       false as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 where t.begindatum >= :begin and t.jeugdhulp
 group by t.groep
