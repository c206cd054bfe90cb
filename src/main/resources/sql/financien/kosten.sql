-- Kosten: per gemeente of :gemeenten and CBS jeugdzorgvorm (of the product; onbekend without one) the approved amount
-- of care delivered from :begin up to and including :eind (by the month of care, credit corrections subtracted, as in
-- realisatie.sql) and the number of jeugdigen it was for (distinct pseudonyms with at least one approved prestatie).
-- Grouping sets give the same for each gemeente over all forms, for the gemeenten together per form and for the
-- gemeenten together: a jeugdige with care in two forms counts once in the total, so the jeugdigen of a total are not
-- the sum of its parts, while the amounts are. Rows of a set have null in the columns it does not group by.
select p.gemeente,
       coalesce(pr.jeugdzorgvorm, 'onbekend') as jeugdzorgvorm,
       grouping(p.gemeente) = 1 as alle_gemeenten,
       grouping(coalesce(pr.jeugdzorgvorm, 'onbekend')) = 1 as alle_vormen,
       sum(p.bedrag_eurocent)::bigint as eurocent,
       count(distinct p.client_pseudoniem) as jeugdigen
from declaratie.v_prestaties p
         join unnest(cast(:gemeenten as text[])) g (code) on g.code = p.gemeente
         left join inkoop.v_producten pr on pr.productcode = p.productcode
where p.goedgekeurd
  and p.begindatum between :begin and :eind
group by grouping sets ((p.gemeente, coalesce(pr.jeugdzorgvorm, 'onbekend')),
                        (p.gemeente),
                        (coalesce(pr.jeugdzorgvorm, 'onbekend')),
                        ())
