-- Naam: Jongeren met jeugdhulp
-- Definitie: Het aantal verschillende jeugdigen met ten minste één jeugdhulptraject (zonder jeugdbescherming en jeugdreclassering) dat geheel of gedeeltelijk in de periode valt, geteld bij de gemeente die het traject toewees (woonplaatsbeginsel). Een jeugdige die verhuisde telt bij elke gemeente één keer, in de regio één keer.
-- Eenheid: aantal
-- Bron: starts en stops (JW305, JW307) op toewijzingen (JW301)
-- CBS: Beleidsinformatie Jeugd, jongeren met jeugdhulp (85099NED)
-- Nederland: jongeren_met_jeugdhulp_in_natura
-- Uitsplitsingen: hulpvorm, verwijzer, aanbieder, product, leeftijd, gemeente
-- Teller: Jongeren
select t.groep, count(distinct t.jeugdige) as waarde, count(distinct t.jeugdige) as teller, null::numeric as noemer,
       count(distinct t.jeugdige) as jeugdigen, false as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 where t.jeugdhulp
 group by t.groep
