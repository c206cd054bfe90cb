-- Jeugdigen per gemeente and part of the inkoop for the verdeling: the number of distinct jeugdigen (by pseudoniem, so
-- no BSN leaves the view) with a toewijzing of that part running on any day from :begin up to and including :eind,
-- vervallen and removed toewijzingen (reden wijziging 13) left out. The part follows the CBS jeugdzorgvorm of the
-- product (:vormen and :delen pair each jeugdzorgvorm with its part); a toewijzing without one counts in :overig.
with deel as (
    select d.jeugdzorgvorm, d.deel
    from unnest(cast(:vormen as text[]), cast(:delen as text[])) as d (jeugdzorgvorm, deel)
)
select t.gemeente,
       coalesce(d.deel, :overig) as deel,
       count(distinct t.client_pseudoniem) as jeugdigen
from toewijzing.v_toewijzingen t
         left join inkoop.v_producten p on p.productcode = t.productcode
         left join deel d on d.jeugdzorgvorm = p.jeugdzorgvorm
where t.gemeente = any (cast(:gemeenten as char(4)[]))
  and not t.vervallen
  and coalesce(t.reden_wijziging, '') <> '13'
  and t.ingangsdatum <= :eind
  and coalesce(t.einddatum, date 'infinity') >= :begin
group by 1, 2
