-- Naam: Gemiddelde duur van beëindigde trajecten
-- Definitie: De gemiddelde duur in dagen (einddatum min begindatum plus één) van de trajecten die in de periode eindigden. De verdeling over de CBS-duurklassen (0-3 maanden tot 4 jaar of langer) staat onder de uitsplitsing 'duurklasse'.
-- Eenheid: dagen
-- Bron: starts en stops (JW305, JW307)
-- CBS: Beleidsinformatie Jeugd, duur beëindigde jeugdhulptrajecten (85096NED)
-- Nederland: gem_duur_beeindigde_jeugdhulptrajecten
-- Uitsplitsingen: duurklasse, hulpvorm, aanbieder, product, verwijzer, leeftijd
-- Teller: Dagen samen
-- Noemer: Beëindigde trajecten
select t.groep, round(avg(t.einddatum - t.begindatum + 1), 0) as waarde, sum(t.einddatum - t.begindatum + 1) as teller,
       count(*) as noemer, count(distinct t.jeugdige) as jeugdigen, false as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 where t.einddatum <= :eind and t.jeugdhulp
 group by t.groep
