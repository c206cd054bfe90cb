-- Naam: Retourberichten op tijd
-- Definitie: Het aandeel van de in de periode ontvangen berichten met een termijn waarvan het retourbericht binnen die termijn verstuurd werd (OP090: uiterlijk drie werkdagen na ontvangst).
-- Eenheid: procent
-- Bron: berichtenverkeer (termijnen)
-- Filters: aanbieder
-- Uitsplitsingen: berichttype, aanbieder
-- Teller: Op tijd
-- Noemer: Berichten met termijn
select case cast(:uitsplitsing as text) when 'berichttype' then m.berichttype when 'aanbieder' then m.afzender
            else 'totaal' end as groep,
       round(100.0 * count(*) filter (where m.op_tijd) / count(*), 1) as waarde,
       count(*) filter (where m.op_tijd) as teller, count(*) as noemer, null::bigint as jeugdigen, false as geschat
  from berichtenverkeer.v_termijnen m
 where m.ontvanger = any(cast(:gemeenten as varchar[]))
   and m.termijn is not null
   and m.ontvangen_op >= (cast(:begin as date)::timestamp at time zone 'Europe/Amsterdam')
   and m.ontvangen_op < ((cast(:eind as date) + 1)::timestamp at time zone 'Europe/Amsterdam')
   and (cast(:aanbieder as varchar) is null or m.afzender = cast(:aanbieder as varchar))
 group by 1
