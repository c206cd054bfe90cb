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
-- its parts. One pass over the toewijzingen with a hash join to the few tariffs, so it stays linear in their number.
-- Per eenheid (the tariff's; budget for a budget toewijzing; the toewijzing's own when it needs no tariff or has none)
-- the rows also give the units of care the amount pays for (eenheden, in that eenheid: minutes on an hourly tariff as
-- hours, an amount in euro's or a budget as eurocent), so the prognose can tell price from volume; 0 without a tariff.
with tarief as (
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
toewijzing as (
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
           coalesce(t.einddatum, greatest(:eind, t.ingangsdatum)) - t.ingangsdatum + 1 as dagen_totaal,
           -- A budget or an amount in euro's needs no tariff.
           t.budget is not null or t.eenheid = '83' as zonder_tarief_nodig
    from toewijzing.v_toewijzingen t
    where t.gemeente = any (cast(:gemeenten as char(4)[]))
      and not t.vervallen
      and coalesce(t.reden_wijziging, '') <> '13'
      and t.ingangsdatum <= :eind
      and coalesce(t.einddatum, :eind) >= :begin
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
           case
               when t.budget is not null then 'budget'
               when t.zonder_tarief_nodig then t.eenheid
               else coalesce(tf.eenheid, t.eenheid)
           end as prijseenheid,
           -- The first piece of the toewijzing, so each toewijzing is counted once.
           tf.tarief_begindatum is null
               or tf.tarief_begindatum <= t.van
               or not exists (select 1 from tarief e
                              where e.agb = t.aanbieder and e.productcode = t.productcode
                                and e.tarief_begindatum < tf.tarief_begindatum and e.tarief_einddatum >= t.van) as eerste
    from toewijzing t
             left join tarief tf on not t.zonder_tarief_nodig
        and tf.agb = t.aanbieder and tf.productcode = t.productcode
        and tf.tarief_begindatum <= t.tot and tf.tarief_einddatum >= t.van
),
-- The days, weeks and months each piece counts: a week (month) belongs to the piece that holds its Monday (its first
-- day), or the first day of the remaining period when that falls inside it.
geteld as (
    select s.*,
           s.stuk_tot - s.stuk_van + 1 as dagen,
           (case
                when s.stuk_van + ((8 - extract(isodow from s.stuk_van)::int) % 7) > s.stuk_tot then 0
                else (s.stuk_tot - (s.stuk_van + ((8 - extract(isodow from s.stuk_van)::int) % 7))) / 7 + 1
            end)
               + (case when s.stuk_van = s.van and extract(isodow from s.stuk_van) <> 1 then 1 else 0 end) as weken,
           (case
                when extract(day from s.stuk_van) = 1 then
                    (extract(year from s.stuk_tot) * 12 + extract(month from s.stuk_tot))
                        - (extract(year from s.stuk_van) * 12 + extract(month from s.stuk_van)) + 1
                when (date_trunc('month', s.stuk_van) + interval '1 month')::date > s.stuk_tot then 0
                else (extract(year from s.stuk_tot) * 12 + extract(month from s.stuk_tot))
                         - (extract(year from s.stuk_van) * 12 + extract(month from s.stuk_van))
            end)
               + (case when s.stuk_van = s.van and extract(day from s.stuk_van) <> 1 then 1 else 0 end) as maanden
    from stuk s
),
-- The units of the toewijzing's eenheid each piece counts, as teller / noemer (a budget counts its eurocent).
hoeveelheid as (
    select g.*,
           case
               when g.budget is not null then g.budget::numeric * g.dagen
               when g.frequentie = '1' then g.volume * g.dagen
               when g.frequentie = '2' then g.volume * g.weken
               when g.frequentie = '4' then g.volume * g.maanden
               when g.frequentie = '6' then g.volume * g.dagen
           end as teller,
           case when g.budget is not null or g.frequentie = '6' then g.dagen_totaal else 1 end as noemer
    from geteld g
),
bedrag as (
    select h.*,
           round(h.teller * h.tarief_per_eenheid / h.noemer)::bigint as eurocent,
           h.teller * h.omrekening / h.noemer as eenheden
    from hoeveelheid h
)
select b.gemeente,
       b.aanbieder,
       coalesce(p.jeugdzorgvorm, 'onbekend') as jeugdzorgvorm,
       b.productcategorie,
       b.productcode,
       count(*) filter (where b.eerste) as toewijzingen,
       count(*) filter (where b.eerste and b.eurocent is null) as zonder_tarief,
       coalesce(sum(b.eurocent), 0)::bigint as eurocent,
       coalesce(b.prijseenheid, '') as eenheid,
       coalesce(sum(b.eenheden) filter (where b.eurocent is not null), 0) as eenheden
from bedrag b
         left join inkoop.v_producten p on p.productcode = b.productcode
group by b.gemeente, b.aanbieder, coalesce(p.jeugdzorgvorm, 'onbekend'), b.productcategorie, b.productcode,
         coalesce(b.prijseenheid, '')
order by b.gemeente, b.aanbieder, b.productcategorie, b.productcode, coalesce(b.prijseenheid, '')
