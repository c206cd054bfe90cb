-- How the gemeente judged declaratie :declaratie: its prestaties and how many it rejected, on the day it was judged.
insert into sturing.declaratieoordeel (declaratie_id, gemeente, aanbieder, declaratienummer, beoordeeld, prestaties,
                                       afgewezen)
select p.declaratie_id, min(p.gemeente), min(p.aanbieder), min(p.declaratienummer),
       (min(p.beoordeeld_op) at time zone 'Europe/Amsterdam')::date, count(*), count(*) filter (where not p.goedgekeurd)
  from declaratie.v_prestaties p
 where p.declaratie_id = :declaratie
 group by p.declaratie_id
    on conflict (declaratie_id) do nothing
