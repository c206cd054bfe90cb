-- Verplichtingen: what the current toewijzingen of the gemeenten still commit for the rest of the year, per gemeente,
-- aanbieder, CBS jeugdzorgvorm (of the product; onbekend without one) and product.
--
-- The remaining period of a toewijzing is its period within [:begin, :eind]: from the peildatum (or 1 January of a
-- later year) to 31 December. A vervallen or removed (RedenWijziging 13) toewijzing commits nothing. The omvang
-- (iJw CDT_Omvang: Volume, Eenheid, Frequentie) is priced at the contract tariff of the aanbieder for the product,
-- per day of its tariff period, counted as the declaratie check counts what may be declared (TR321/TR322):
--   per dag (1)      volume x the days;
--   per week (2)     volume x the ISO weeks the remaining period touches;
--   per maand (4)    volume x the calendar months the remaining period touches;
--   totaal (6)       volume x the share of the toewijzing's days that lie in the remaining period;
--   Euro's (83)      the volume is an amount in eurocent (IV042), counted as above, without a tariff;
--   budget           the budget x the share of the toewijzing's days that lie in the remaining period.
-- A week or month that straddles a change of tariff counts once, at the tariff of its first day in the period. Minutes
-- on an hourly tariff are priced per 60 (IV081), hours on a tariff per minute times 60. A toewijzing "totaal" or with a
-- budget and no einddatum spreads over its days up to :eind. When two contracts of the aanbieder have a tariff for the
-- product from the same day, the lowest contractnummer counts, as in the declaratie check. A toewijzing with an omvang
-- but no tariff in the remaining period counts in zonder_tarief and adds nothing. Each piece of a toewijzing (its
-- remaining period within one tariff) is rounded to whole cents (half up) before summing, so every total is the sum of
-- its parts. One pass over the toewijzingen, which first folds those that price alike into one row: the same gemeente,
-- aanbieder, product, eenheid, frequentie, budget and remaining period, and, when their amount can be a fraction of a
-- cent, the same volume (each then has the same pieces rounded alike: number x the rounded piece, as one by one);
-- otherwise the volumes add up, as volume x units x a whole tariff is linear in the volume. The pricing then works per
-- folded row, with a hash join to the few tariffs, and stays linear in the number of toewijzingen.
-- Per eenheid (the tariff's; budget for a budget toewijzing; the toewijzing's own when it needs no tariff or has none)
-- the rows also give the units of care the amount pays for (eenheden, in that eenheid: minutes on an hourly tariff as
-- hours, an amount in euro's or a budget as eurocent), so the prognose can tell price from volume; 0 without a tariff.
with tarief_per_dag as (
    select distinct on (cp.agb, cp.productcode, cp.tarief_begindatum)
           cp.agb,
           cp.productcode,
           cp.eenheid,
           cp.tarief_eurocent,
           cp.tarief_begindatum,
           coalesce(cp.tarief_einddatum, date 'infinity') as tarief_einddatum
    from inkoop.v_contractproducten cp
    where cp.tarief_eurocent is not null
    order by cp.agb, cp.productcode, cp.tarief_begindatum, cp.contractnummer
),
-- Each tariff with the last day any earlier tariff of the aanbieder for the product runs to (null when none is
-- earlier): a piece is the first of its toewijzing when no earlier tariff reaches into the remaining period.
tarief as (
    select tf.*,
           (select max(e.tarief_einddatum)
            from tarief_per_dag e
            where e.agb = tf.agb and e.productcode = tf.productcode
              and e.tarief_begindatum < tf.tarief_begindatum) as eerder_tot
    from tarief_per_dag tf
),
gekozen as (
    select t.gemeente,
           t.aanbieder,
           t.productcategorie,
           t.productcode,
           t.volume,
           t.eenheid,
           t.frequentie,
           t.budget,
           greatest(t.ingangsdatum, :begin) as van,
           least(coalesce(t.einddatum, :eind), :eind) as tot,
           -- Only a share of the toewijzing's days needs its length; null otherwise, so more toewijzingen fold.
           case
               when t.budget is not null or t.frequentie = '6'
                   then coalesce(t.einddatum, greatest(:eind, t.ingangsdatum)) - t.ingangsdatum + 1
           end as dagen_totaal,
           -- Whether its amount may be a fraction of a cent (a share of its days, or minutes on an hourly tariff)
           -- and is rounded on its own; otherwise it is volume x units x a whole tariff in eurocent.
           t.budget is not null or t.frequentie = '6' or t.eenheid = '01' as eigen_afronding
    from toewijzing.v_toewijzingen t
    where t.gemeente = any (cast(:gemeenten as char(4)[]))
      and not t.vervallen
      and coalesce(t.reden_wijziging, '') <> '13'
      and t.ingangsdatum <= :eind
      and coalesce(t.einddatum, :eind) >= :begin
),
-- The toewijzingen that price alike folded into one row with their number (aantal). One whose amount is a whole
-- number of cents is linear in its volume, so those that differ only in volume fold into one row with the sum of their
-- volumes (keer 1); one rounded on its own keeps its volume and counts keer times.
toewijzing as (
    select g.gemeente,
           g.aanbieder,
           g.productcategorie,
           g.productcode,
           case when g.eigen_afronding then min(g.volume) else sum(g.volume)::bigint end as volume,
           g.eenheid,
           g.frequentie,
           g.budget,
           g.van,
           g.tot,
           g.dagen_totaal,
           -- A budget or an amount in euro's needs no tariff.
           g.budget is not null or g.eenheid = '83' as zonder_tarief_nodig,
           g.eigen_afronding,
           case when g.eigen_afronding then count(*) else 1 end as keer,
           count(*) as aantal
    from gekozen g
    group by g.gemeente, g.aanbieder, g.productcategorie, g.productcode, g.eenheid, g.frequentie, g.budget, g.van,
             g.tot, g.dagen_totaal, g.eigen_afronding, case when g.eigen_afronding then g.volume end
),
-- The remaining period cut at each change of tariff: one piece per tariff that applies (one piece without a tariff
-- when none applies or none is needed).
stuk as (
    select t.*,
           case when t.zonder_tarief_nodig then t.van else greatest(t.van, tf.tarief_begindatum) end as stuk_van,
           case when t.zonder_tarief_nodig then t.tot else least(t.tot, tf.tarief_einddatum) end as stuk_tot,
           case
               when t.zonder_tarief_nodig then 1.0
               when tf.eenheid = t.eenheid then tf.tarief_eurocent * 1.0
               when t.eenheid = '01' and tf.eenheid = '04' then tf.tarief_eurocent / 60.0
               when t.eenheid = '04' and tf.eenheid = '01' then tf.tarief_eurocent * 60.0
           end as tarief_per_eenheid,
           -- The units of the toewijzing's eenheid in one unit of the eenheid it is priced in.
           case
               when t.zonder_tarief_nodig or tf.eenheid = t.eenheid then 1.0
               when t.eenheid = '01' and tf.eenheid = '04' then 1 / 60.0
               when t.eenheid = '04' and tf.eenheid = '01' then 60.0
           end as omrekening,
           -- The same in whole numbers for a toewijzing whose amount is whole cents (never minutes on an hour).
           case
               when t.zonder_tarief_nodig then 1
               when tf.eenheid = t.eenheid then tf.tarief_eurocent
               when t.eenheid = '04' and tf.eenheid = '01' then tf.tarief_eurocent * 60
           end::bigint as tarief_geheel,
           case when t.eenheid = '04' and tf.eenheid = '01' then 60 else 1 end as omrekening_geheel,
           case
               when t.budget is not null then 'budget'
               when t.zonder_tarief_nodig then t.eenheid
               else coalesce(tf.eenheid, t.eenheid)
           end as prijseenheid,
           -- The first piece of the toewijzing, so each toewijzing is counted once.
           tf.tarief_begindatum is null
               or tf.tarief_begindatum <= t.van
               or tf.eerder_tot is null
               or tf.eerder_tot < t.van as eerste
    from toewijzing t
             left join tarief tf on not t.zonder_tarief_nodig
        and tf.agb = t.aanbieder and tf.productcode = t.productcode
        and tf.tarief_begindatum <= t.tot and tf.tarief_einddatum >= t.van
),
-- The days of the year from :begin, with the Mondays and first days of a month up to and including each, so a piece
-- counts its weeks and months by two lookups.
kalender as (
    select k.dag::date as dag,
           extract(isodow from k.dag) = 1 as maandag,
           extract(day from k.dag) = 1 as maandbegin,
           count(*) filter (where extract(isodow from k.dag) = 1) over (order by k.dag) as maandagen,
           count(*) filter (where extract(day from k.dag) = 1) over (order by k.dag) as maandbegins
    from generate_series(cast(:begin as timestamp), cast(:eind as timestamp), interval '1 day') k (dag)
),
-- The days, weeks or months each piece counts per unit of volume (the days for a budget): a week (month) belongs to the
-- piece that holds its Monday (its first day), or the first day of the remaining period when that falls inside it.
geteld as (
    select s.*,
           case
               when s.budget is not null or s.frequentie in ('1', '6') then s.stuk_tot - s.stuk_van + 1
               when s.frequentie = '2'
                   then kt.maandagen - kv.maandagen + (case when kv.maandag then 1 else 0 end)
                            + (case when s.stuk_van = s.van and not kv.maandag then 1 else 0 end)
               when s.frequentie = '4'
                   then kt.maandbegins - kv.maandbegins + (case when kv.maandbegin then 1 else 0 end)
                            + (case when s.stuk_van = s.van and not kv.maandbegin then 1 else 0 end)
           end as per_volume
    from stuk s
             join kalender kv on kv.dag = s.stuk_van
             join kalender kt on kt.dag = s.stuk_tot
),
-- The amount of each piece in eurocent, and the units of care it pays for. Whole cents in whole numbers; a toewijzing
-- rounded on its own pays its piece rounded half up, keer times. Budget and totaal take the share of the toewijzing's
-- days (per_volume / dagen_totaal).
bedrag as (
    select g.*,
           case
               when g.tarief_per_eenheid is null then null
               when not g.eigen_afronding then g.volume * g.per_volume * g.tarief_geheel
               when g.budget is not null then round(g.budget::numeric * g.per_volume / g.dagen_totaal)::bigint * g.keer
               else round(g.volume * g.per_volume * g.tarief_per_eenheid / coalesce(g.dagen_totaal, 1))::bigint * g.keer
           end as eurocent,
           case when not g.eigen_afronding then g.volume * g.per_volume * g.omrekening_geheel end as eenheden_geheel,
           case
               when not g.eigen_afronding then null
               when g.budget is not null then g.budget::numeric * g.per_volume / g.dagen_totaal * g.keer
               else g.volume * g.per_volume * g.omrekening / coalesce(g.dagen_totaal, 1) * g.keer
           end as eenheden_deel
    from geteld g
),
per_product as (
    select b.gemeente,
           b.aanbieder,
           b.productcategorie,
           b.productcode,
           coalesce(b.prijseenheid, '') as eenheid,
           coalesce(sum(b.aantal) filter (where b.eerste), 0)::bigint as toewijzingen,
           coalesce(sum(b.aantal) filter (where b.eerste and b.tarief_per_eenheid is null), 0)::bigint as zonder_tarief,
           coalesce(sum(b.eurocent), 0)::bigint as eurocent,
           coalesce(sum(b.eenheden_geheel) filter (where b.tarief_per_eenheid is not null), 0)
               + coalesce(sum(b.eenheden_deel) filter (where b.tarief_per_eenheid is not null), 0) as eenheden
    from bedrag b
    group by b.gemeente, b.aanbieder, b.productcategorie, b.productcode, coalesce(b.prijseenheid, '')
)
select pp.gemeente,
       pp.aanbieder,
       coalesce(p.jeugdzorgvorm, 'onbekend') as jeugdzorgvorm,
       pp.productcategorie,
       pp.productcode,
       pp.toewijzingen,
       pp.zonder_tarief,
       pp.eurocent,
       pp.eenheid,
       pp.eenheden
from per_product pp
         left join inkoop.v_producten p on p.productcode = pp.productcode
order by pp.gemeente, pp.aanbieder, pp.productcategorie, pp.productcode, pp.eenheid
