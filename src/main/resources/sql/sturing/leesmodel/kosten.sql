-- The prestaties of declaratie :declaratie that the gemeente approved, added to the costs per month of care (the month
-- in which the prestatie began, not the month of payment). A credit line counts negative, so a correction of an earlier
-- month lowers that month.
insert into sturing.kosten as k (gemeente, maand, aanbieder, productcategorie, productcode, eenheid, bedrag, volume,
                                 prestaties)
select p.gemeente, date_trunc('month', p.begindatum)::date, p.aanbieder, p.productcategorie, coalesce(p.productcode, ''),
       p.eenheid, sum(p.bedrag_eurocent), sum(case when p.debet_credit = 'C' then -p.volume else p.volume end), count(*)
  from declaratie.v_prestaties p
 where p.declaratie_id = :declaratie and p.goedgekeurd
 group by 1, 2, 3, 4, 5, 6
    on conflict (gemeente, maand, aanbieder, productcategorie, productcode, eenheid) do update
   set bedrag = k.bedrag + excluded.bedrag, volume = k.volume + excluded.volume,
       prestaties = k.prestaties + excluded.prestaties
