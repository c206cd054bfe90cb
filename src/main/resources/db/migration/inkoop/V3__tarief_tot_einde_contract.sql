-- A tariff entered without an end date runs until the contract ends: it is stored without an upper
-- bound and follows every change of the contract's looptijd. Only its first day must then lie within
-- the looptijd; a tariff with an end date must lie within it entirely, as before.
create or replace function inkoop.tarief_binnen_looptijd() returns trigger
    language plpgsql as
$$
begin
    if not exists (select 1
                   from inkoop.contractproduct cp
                            join inkoop.contract c on c.id = cp.contract_id
                   where cp.id = new.contractproduct_id
                     and (c.looptijd @> new.geldig
                          or (upper_inf(new.geldig) and c.looptijd @> lower(new.geldig)))) then
        raise exception 'Tariefperiode % valt buiten de looptijd van het contract', new.geldig
            using errcode = '23514', constraint = 'tarief_binnen_looptijd';
    end if;
    return new;
end;
$$;

-- The view's tarief_einddatum is the last day the tariff applies, also for one without an end date.
create or replace view inkoop.v_contractproducten as
select c.id                 as contract_id,
       c.nummer             as contractnummer,
       c.perceel,
       a.agb,
       a.naam               as aanbiedernaam,
       a.relatie,
       lower(c.looptijd)    as contract_begindatum,
       upper(c.looptijd) - 1 as contract_einddatum,
       p.code               as productcode,
       p.omschrijving       as productomschrijving,
       p.categorie          as productcategorie,
       p.uitvoeringsvariant,
       p.hulpvorm,
       cp.eenheid,
       t.eurocent           as tarief_eurocent,
       lower(t.geldig)      as tarief_begindatum,
       coalesce(upper(t.geldig), upper(c.looptijd)) - 1 as tarief_einddatum
from inkoop.contract c
         join inkoop.aanbieder a on a.id = c.aanbieder_id
         join inkoop.contractproduct cp on cp.contract_id = c.id
         join inkoop.product p on p.code = cp.productcode
         left join inkoop.tarief t on t.contractproduct_id = cp.id;
