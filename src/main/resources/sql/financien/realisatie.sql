-- Realisatie: the declared amounts of the gemeenten by the month in which the care was delivered (the month of the
-- prestatie's begindatum; a JW323 prestatie lies within one month), not the month of payment, per gemeente, aanbieder,
-- CBS jeugdzorgvorm (of the product; onbekend without one) and product. Approved: the amounts of every approved
-- prestatie, debet positive and credit negative, so a credit correction lowers the month it corrects. Not approved:
-- the prestaties the check rejected, with the same signs, shown apart. Per eenheid of the prestaties, with the approved
-- units of care (volume, credit negative) the amount pays for, so the prognose can tell price from volume.
select p.gemeente,
       p.aanbieder,
       coalesce(pr.jeugdzorgvorm, 'onbekend') as jeugdzorgvorm,
       p.productcategorie,
       p.productcode,
       extract(month from p.begindatum)::int as maand,
       count(*) filter (where p.goedgekeurd) as goedgekeurde_prestaties,
       coalesce(sum(p.bedrag_eurocent) filter (where p.goedgekeurd), 0)::bigint as goedgekeurd_eurocent,
       count(*) filter (where not p.goedgekeurd) as afgewezen_prestaties,
       coalesce(sum(p.bedrag_eurocent) filter (where not p.goedgekeurd), 0)::bigint as niet_goedgekeurd_eurocent,
       p.eenheid,
       coalesce(sum(case when p.debet_credit = 'C' then -p.volume else p.volume end) filter (where p.goedgekeurd),
                0) as goedgekeurde_eenheden
from declaratie.v_prestaties p
         join unnest(cast(:gemeenten as text[])) g (code) on g.code = p.gemeente
         left join inkoop.v_producten pr on pr.productcode = p.productcode
where p.begindatum between :begin and :eind
group by p.gemeente, p.aanbieder, coalesce(pr.jeugdzorgvorm, 'onbekend'), p.productcategorie, p.productcode,
         extract(month from p.begindatum), p.eenheid
order by p.gemeente, p.aanbieder, p.productcategorie, p.productcode, maand, p.eenheid
