-- Naam: Afgekeurde berichten
-- Definitie: Het aandeel van de iJw-berichten die aanbieders in de periode aan de gemeente stuurden dat als geheel werd afgekeurd (retourbericht met een fout op berichtniveau): administratieve last die niemand wil.
-- Eenheid: procent
-- Bron: berichtenverkeer (ontvangen berichten en hun retourberichten)
-- Filters: aanbieder
-- Uitsplitsingen: berichttype, aanbieder
-- Teller: Afgekeurd
-- Noemer: Ontvangen berichten
select case cast(:uitsplitsing as text) when 'berichttype' then m.berichttype when 'aanbieder' then m.afzender
            else 'totaal' end as groep,
       round(100.0 * count(*) filter (where m.status = 'AFGEKEURD') / count(*), 1) as waarde,
       count(*) filter (where m.status = 'AFGEKEURD') as teller, count(*) as noemer, null::bigint as jeugdigen,
       false as geschat
  from berichtenverkeer.v_termijnen m
 where m.ontvanger = any(cast(:gemeenten as varchar[]))
   and m.ontvangen_op >= (cast(:begin as date)::timestamp at time zone 'Europe/Amsterdam')
   and m.ontvangen_op < ((cast(:eind as date) + 1)::timestamp at time zone 'Europe/Amsterdam')
   and (cast(:aanbieder as varchar) is null or m.afzender = cast(:aanbieder as varchar))
 group by 1
