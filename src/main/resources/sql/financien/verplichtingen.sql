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
-- budget and no einddatum spreads over its days up to :eind. When two contracts price the product on the same day, the
-- lowest contractnummer counts, as in the declaratie check. A toewijzing with an omvang but no tariff in the remaining
-- period counts in zonder_tarief and adds nothing. Each toewijzing is rounded to whole cents (half up) before summing,
-- so every total is the sum of its parts.
with toewijzing as (
    select t.gemeente,
           t.toewijzingnummer,
           t.aanbieder,
           t.productcategorie,
           t.productcode,
           t.ingangsdatum,
           t.volume,
           t.eenheid,
           t.frequentie,
           t.budget,
           greatest(t.ingangsdatum, :begin) as van,
           least(coalesce(t.einddatum, :eind), :eind) as tot,
           coalesce(t.einddatum, greatest(:eind, t.ingangsdatum)) - t.ingangsdatum + 1 as dagen_totaal
    from toewijzing.v_toewijzingen t
    where t.gemeente = any (cast(:gemeenten as text[]))
      and not t.vervallen
      and coalesce(t.reden_wijziging, '') <> '13'
      and t.ingangsdatum <= :eind
      and coalesce(t.einddatum, :eind) >= :begin
),
tarief as (
    select cp.agb,
           cp.productcode,
           cp.eenheid,
           cp.tarief_eurocent,
           cp.tarief_begindatum,
           coalesce(cp.tarief_einddatum, date 'infinity') as tarief_einddatum,
           cp.contractnummer
    from inkoop.v_contractproducten cp
    where cp.tarief_eurocent is not null
),
-- The remaining period cut at each change of tariff: one piece per tariff that applies.
stuk as (
    select distinct on (t.gemeente, t.toewijzingnummer, greatest(t.van, tf.tarief_begindatum))
           t.gemeente,
           t.toewijzingnummer,
           t.van,
           greatest(t.van, tf.tarief_begindatum) as stuk_van,
           least(t.tot, tf.tarief_einddatum) as stuk_tot,
           tf.tarief_eurocent *
           case
               when tf.eenheid = t.eenheid then 1.0
               when t.eenheid = '01' and tf.eenheid = '04' then 1.0 / 60
               when t.eenheid = '04' and tf.eenheid = '01' then 60.0
           end as tarief_per_eenheid
    from toewijzing t
             join tarief tf on tf.agb = t.aanbieder and tf.productcode = t.productcode
        and tf.tarief_begindatum <= t.tot and tf.tarief_einddatum >= t.van
    where t.volume is not null
      and t.eenheid <> '83'
    order by t.gemeente, t.toewijzingnummer, greatest(t.van, tf.tarief_begindatum), tf.contractnummer
),
-- Pieces without a tariff: an amount in euro's, or a budget, over the whole remaining period.
zonder_tarief_nodig as (
    select t.gemeente, t.toewijzingnummer, t.van, t.van as stuk_van, t.tot as stuk_tot, 1.0 as tarief_per_eenheid
    from toewijzing t
    where t.budget is not null or t.eenheid = '83'
),
alle_stukken as (
    select * from stuk where tarief_per_eenheid is not null
    union all
    select * from zonder_tarief_nodig
),
-- The number of days, weeks or months each piece counts: a week (month) belongs to the piece that holds its Monday
-- (its first day), or the first day of the remaining period when that falls inside it.
geteld as (
    select s.gemeente,
           s.toewijzingnummer,
           s.tarief_per_eenheid,
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
    from alle_stukken s
),
bedrag as (
    select t.gemeente,
           t.toewijzingnummer,
           round(sum(
               case
                   when t.budget is not null then t.budget::numeric * g.dagen / t.dagen_totaal
                   when t.frequentie = '1' then t.volume * g.tarief_per_eenheid * g.dagen
                   when t.frequentie = '2' then t.volume * g.tarief_per_eenheid * g.weken
                   when t.frequentie = '4' then t.volume * g.tarief_per_eenheid * g.maanden
                   when t.frequentie = '6' then t.volume * g.tarief_per_eenheid * g.dagen / t.dagen_totaal
               end))::bigint as eurocent
    from toewijzing t
             join geteld g on g.gemeente = t.gemeente and g.toewijzingnummer = t.toewijzingnummer
    group by t.gemeente, t.toewijzingnummer
)
select t.gemeente,
       t.aanbieder,
       coalesce(p.jeugdzorgvorm, 'onbekend') as jeugdzorgvorm,
       t.productcategorie,
       t.productcode,
       count(*) as toewijzingen,
       count(*) filter (where b.eurocent is null) as zonder_tarief,
       coalesce(sum(b.eurocent), 0)::bigint as eurocent
from toewijzing t
         left join bedrag b on b.gemeente = t.gemeente and b.toewijzingnummer = t.toewijzingnummer
         left join inkoop.v_producten p on p.productcode = t.productcode
group by t.gemeente, t.aanbieder, coalesce(p.jeugdzorgvorm, 'onbekend'), t.productcategorie, t.productcode
order by t.gemeente, t.aanbieder, t.productcategorie, t.productcode
