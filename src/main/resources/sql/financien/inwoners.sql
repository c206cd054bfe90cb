-- Inwoners: per gemeente of :gemeenten the inhabitants (all ages) and those aged 0-17 on the last 1 January up to
-- :peildatum for which the figure is known, with whether the 0-17 figure is an estimate; and for the Netherlands the
-- inhabitants of all gemeenten on the 1 January up to :peildatum with figures for the most gemeenten (the national
-- reference figures; an import for the gemeenten of one region on a later date does not make that date national).
with totaal as (
    select distinct on (b.gemeente) b.gemeente, b.peildatum, b.aantal
    from regio.v_bevolking b
    where b.leeftijd_van = 0 and b.leeftijd_tot is null and b.peildatum <= :peildatum
    order by b.gemeente, b.peildatum desc
),
jeugd as (
    select distinct on (j.gemeente) j.gemeente, j.peildatum, j.aantal, j.geschat
    from regio.v_jeugd_0_17 j
    where j.peildatum <= :peildatum
    order by j.gemeente, j.peildatum desc
)
select t.gemeente,
       t.peildatum,
       t.aantal as inwoners,
       j.peildatum as peildatum_jeugd,
       j.aantal as jeugd_0_17,
       coalesce(j.geschat, false) as jeugd_geschat
from totaal t
         join unnest(cast(:gemeenten as text[])) g (code) on g.code = t.gemeente
         left join jeugd j on j.gemeente = t.gemeente
union all
(select 'NL', b.peildatum, sum(b.aantal), null, null, false
 from regio.v_bevolking b
 where b.leeftijd_van = 0 and b.leeftijd_tot is null and b.peildatum <= :peildatum
 group by b.peildatum
 order by count(*) desc, b.peildatum desc
 limit 1)
