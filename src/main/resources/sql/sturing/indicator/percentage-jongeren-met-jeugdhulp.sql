-- Naam: Percentage jongeren met jeugdhulp
-- Definitie: Jongeren met jeugdhulp in de periode als percentage van de inwoners van 0 tot en met 17 jaar op 1 januari van het jaar waarin de periode begint (CBS-tabel 03759ned). Waar die telling nog niet is ingelezen is de noemer een schatting uit de leeftijdsgroepen 0-14 en 15-24, en waar dat jaar nog geen telling heeft die van het dichtstbijzijnde jaar; beide staan dan als schatting bij het cijfer. Jeugdigen van 18 jaar en ouder (verlengde jeugdhulp) tellen mee in de teller; het filter leeftijd laat ze weg.
-- Eenheid: procent
-- Bron: starts en stops (JW305, JW307); inwoners per gemeente (CBS 03759ned)
-- CBS: Indicatoren jeugdzorg in natura, percentage jongeren met jeugdhulp (85098NED)
-- Nederland: pct_jeugdhulp_in_natura_85098ned
-- Uitsplitsingen: hulpvorm, verwijzer, leeftijd
-- Teller: Jongeren met jeugdhulp
-- Noemer: Inwoners 0-17 jaar
with peiljaar as (
    -- Per gemeente the count of the year the period begins in, or else of the nearest year that has one.
    select distinct on (b.gemeente) b.gemeente, b.aantal, b.geschat, b.jaar
      from regio.v_jeugd_0_17 b
     where b.gemeente = any(cast(:gemeenten as bpchar[]))
     order by b.gemeente, abs(b.jaar - extract(year from cast(:begin as date))::int), b.jaar desc
), inwoners as (
    select sum(p.aantal) as aantal,
           bool_or(p.geschat or p.jaar <> extract(year from cast(:begin as date))::int) as geschat
      from peiljaar p
)
select t.groep, round(100.0 * count(distinct t.jeugdige) / nullif(i.aantal, 0), 1) as waarde,
       count(distinct t.jeugdige) as teller, i.aantal as noemer, count(distinct t.jeugdige) as jeugdigen,
       coalesce(i.geschat, false) as geschat
  from sturing.trajecten(cast(:gemeenten as varchar[]), :begin, :eind, :leeftijdVan, :leeftijdTot, :vorm, :verwijzer, :aanbieder, :uitsplitsing) t
 cross join inwoners i
 where t.jeugdhulp
 group by t.groep, i.aantal, i.geschat
