-- Naam: Reden beëindiging
-- Definitie: De in de periode beëindigde trajecten naar de reden beëindiging (JZ588) van de laatste stop; als percentage van alle beëindigde trajecten.
-- Eenheid: procent
-- Bron: stops (JW307)
-- CBS: Beleidsinformatie Jeugd, reden beëindiging
-- Uitsplitsingen: reden
-- Standaarduitsplitsing: reden
-- Teller: Beëindigde trajecten met deze reden
-- Noemer: Alle beëindigde trajecten
select t.groep, round(100.0 * count(*) / sum(count(*)) over (), 1) as waarde, count(*) as teller,
       sum(count(*)) over () as noemer, count(distinct t.jeugdige) as jeugdigen, false as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 where t.einddatum <= :eind
 group by t.groep
