-- Naam: Werkelijke wachttijd
-- Definitie: Het gemiddelde aantal dagen van de toewijzing (het eerste JW301) tot de start van de zorg (JW305) van de trajecten die in de periode begonnen. Naast de opgegeven wachttijd van het wachttijdenregister laat dit zien hoe lang jeugdigen echt wachten. Zorg die al vóór de toewijzing begon (een toewijzing met terugwerkende kracht) telt als 0 dagen.
-- Eenheid: dagen
-- Bron: toewijzingen (JW301) en starts (JW305)
-- Uitsplitsingen: product, aanbieder, hulpvorm, verwijzer, gemeente
-- Teller: Wachtdagen samen
-- Noemer: Begonnen trajecten
select t.groep, round(avg(greatest(t.wachtdagen, 0)), 0) as waarde, sum(greatest(t.wachtdagen, 0)) as teller,
       count(*) as noemer, count(distinct t.jeugdige) as jeugdigen, false as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 where t.begindatum >= :begin and t.wachtdagen is not null
 group by t.groep
