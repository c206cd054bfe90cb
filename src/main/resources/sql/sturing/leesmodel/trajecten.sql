-- The CBS trajecten of the jeugdigen in :jeugdigen, from their leveringen: leveringen of one jeugdige in one gemeente
-- at one aanbieder with the same jeugdzorgvorm that overlap or adjoin (the next begins at most one day after the end
-- so far) are one traject, from the first begindatum to the last einddatum (open while one of them is open), with the
-- reden beëindiging of the levering that ended last and the product, verwijzer and waiting time of the first. The
-- jeugdzorgvorm is inkoop's mapping of the product, or of the productcategorie when the toewijzing names no product.
-- The jeugdige's number comes from sturing.jeugdige, which holds every jeugdige in :jeugdigen before this runs.
insert into sturing.traject (jeugdige, jeugdige_nr, gemeente, aanbieder, jeugdzorgvorm, productcategorie, productcode, verwijzer,
                             geboortejaar, begindatum, einddatum, reden_beeindiging, wachtdagen, leveringen)
with levering as (
    select l.*, j.nr as jeugdige_nr, coalesce(p.jeugdzorgvorm, c.jeugdzorgvorm) as jeugdzorgvorm,
           coalesce(l.einddatum, 'infinity'::date) as tot
      from sturing.levering l
      join sturing.jeugdige j on j.pseudoniem = l.jeugdige
      left join inkoop.v_producten p on p.productcode = l.productcode
      left join sturing.categorievorm c on l.productcode is null and c.productcategorie = l.productcategorie
     where l.jeugdige = any(:jeugdigen)
), gemarkeerd as (
    select l.*,
           case when l.begindatum > max(l.tot) over (partition by l.jeugdige, l.gemeente, l.aanbieder, l.jeugdzorgvorm
                                                      order by l.begindatum, l.tot
                                                      rows between unbounded preceding and 1 preceding) + 1
                then 1 else 0 end as nieuw
      from levering l
), eiland as (
    select g.*,
           sum(g.nieuw) over (partition by g.jeugdige, g.gemeente, g.aanbieder, g.jeugdzorgvorm
                              order by g.begindatum, g.tot rows unbounded preceding) as nummer
      from gemarkeerd g
)
select jeugdige, jeugdige_nr, gemeente, aanbieder, jeugdzorgvorm,
       (array_agg(productcategorie order by begindatum, tot))[1],
       (array_agg(productcode order by begindatum, tot))[1],
       (array_agg(verwijzer order by begindatum, tot))[1],
       max(geboortejaar),
       min(begindatum),
       nullif(max(tot), 'infinity'::date),
       case when max(tot) = 'infinity'::date then null
            else (array_agg(reden_beeindiging order by tot desc, begindatum desc))[1] end,
       (array_agg(begindatum - toegewezen_op order by begindatum, tot))[1],
       count(*)
  from eiland
 group by jeugdige, jeugdige_nr, gemeente, aanbieder, jeugdzorgvorm, nummer
