-- Naam: Jeugdhulp met verblijf
-- Definitie: Het aandeel van de jongeren met jeugdhulp in de periode dat ten minste één traject met verblijf had (pleegzorg, gezinsgericht, gesloten plaatsing of overig residentieel). Hoe lager, hoe meer hulp 'zo thuis mogelijk'.
-- Eenheid: procent
-- Bron: starts en stops (JW305, JW307); jeugdzorgvorm van het product (inkoop)
-- CBS: Indicatoren jeugdzorg in natura, percentage jeugdhulp met verblijf (85098NED)
-- Nederland: pct_jh_met_verblijf_van_jeugdhulp_85098ned
-- Uitsplitsingen: verwijzer, leeftijd
-- Teller: Jongeren met verblijf
-- Noemer: Jongeren met jeugdhulp
select t.groep, round(100.0 * count(distinct t.jeugdige) filter (where t.met_verblijf) / count(distinct t.jeugdige), 1)
           as waarde,
       count(distinct t.jeugdige) filter (where t.met_verblijf) as teller, count(distinct t.jeugdige) as noemer,
       count(distinct t.jeugdige) as jeugdigen, false as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 where t.jeugdhulp
 group by t.groep
