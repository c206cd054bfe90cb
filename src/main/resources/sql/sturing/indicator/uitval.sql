-- Naam: Uitval
-- Definitie: Het aandeel van de in de periode beëindigde trajecten met reden beëindiging 32, 'voortijdig afgesloten: eenzijdig door de cliënt'. Alle redenen staan bij de indicator 'reden beëindiging'.
-- Eenheid: procent
-- Bron: stops (JW307), reden beëindiging (JZ588)
-- CBS: Beleidsinformatie Jeugd, reden beëindiging
-- Uitsplitsingen: hulpvorm, aanbieder, product, verwijzer, leeftijd
-- Teller: Voortijdig door de cliënt
-- Noemer: Beëindigde trajecten
select t.groep, round(100.0 * count(*) filter (where t.reden_beeindiging = '32') / count(*), 1) as waarde,
       count(*) filter (where t.reden_beeindiging = '32') as teller, count(*) as noemer,
       count(distinct t.jeugdige) as jeugdigen, false as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 where t.einddatum <= :eind
 group by t.groep
