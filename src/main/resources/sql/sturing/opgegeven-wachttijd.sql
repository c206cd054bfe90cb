-- The waiting time the aanbieders state in the wachttijdenregister (inkoop.v_wachttijden: the latest confirmed entry
-- per aanbieder, product, aanbod and locatie), as days until the start of care (weken tot start × 7), per group of the
-- breakdown :uitsplitsing: per aanbieder the average over its entries, per product the average over the aanbieders
-- that offer it. Entries without a weken tot start are left out; bevestigd_op is the oldest confirmation in the group,
-- so the reader sees how current the statement is. Shown beside the real waiting time (JW301 to JW305).
select case cast(:uitsplitsing as text) when 'aanbieder' then w.agb else w.productcode end as groep,
       round(avg(w.weken_tot_start) * 7)::int as dagen,
       min(w.bevestigd_op) as bevestigd_op
  from inkoop.v_wachttijden w
 where w.weken_tot_start is not null
   and (cast(:uitsplitsing as text) = 'aanbieder' or w.productcode is not null)
 group by 1
