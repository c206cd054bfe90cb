-- Every product maps to a CBS jeugdzorgvorm (kern.codelijst.Jeugdzorgvorm): the eight hulpvormen of jeugdhulp
-- (01-04 zonder verblijf, 11-14 met verblijf), JB jeugdbescherming or JR jeugdreclassering. sturing counts
-- trajecten per jeugdzorgvorm through this mapping; a product without one is counted as onbekend.
-- A product starts with the standaard jeugdzorgvorm (jeugdzorgvorm_standaard); once inkoop sets one, that value
-- stays, also when a new Standaardproductcodelijst changes the product.
alter table inkoop.product
    add column jeugdzorgvorm varchar(2)
        check (jeugdzorgvorm in ('01', '02', '03', '04', '11', '12', '13', '14', 'JB', 'JR')),
    add column jeugdzorgvorm_standaard boolean not null default true,
    add column jeugdzorgvorm_gewijzigd_op timestamptz,
    add column jeugdzorgvorm_gewijzigd_door text;

-- The standaard jeugdzorgvorm. The same rule lives in Java (inkoop.StandaardJeugdzorgvorm) for products added
-- later; JeugdzorgvormTests checks that both agree. In order:
-- 1. the product's CBS hulpvorm (the dimensie of the official list), where it has one;
-- 2. the hulpvorm of the 2015 categories 31 to 38;
-- 3. by category: 40 persoonlijke verzorging: 04 netwerk; 41 dagbehandeling: 03 daghulp; 43 and 44 jeugdhulp
--    verblijf: 14 overig residentieel; 45 jeugdhulp ambulant, 51, 52 and 54 ggz, 53 kindergeneeskunde: 02 ambulant;
--    47: JR; 48: JB;
-- 4. 46 crisis by its omschrijving (pleegzorg 11, gezinshuis 12, verblijf but not "zonder verblijf" 14), else 02;
-- 5. 42 vervoer, 49 preventief justitieel kader, 50 maatwerkarrangementen and 55 landelijk ingekochte zorg only
--    when the omschrijving makes it clear (the words of 4, or ambulant 02), else none.
create function inkoop.standaard_jeugdzorgvorm(categorie text, hulpvorm text, omschrijving text)
    returns varchar(2)
    language sql
    immutable
as
$$
select case
           when hulpvorm is not null then hulpvorm
           when categorie = '31' then '01'
           when categorie = '32' then '02'
           when categorie = '33' then '03'
           when categorie = '34' then '04'
           when categorie = '35' then '11'
           when categorie = '36' then '12'
           when categorie = '37' then '13'
           when categorie = '38' then '14'
           when categorie = '40' then '04'
           when categorie = '41' then '03'
           when categorie in ('43', '44') then '14'
           when categorie in ('45', '51', '52', '53', '54') then '02'
           when categorie = '47' then 'JR'
           when categorie = '48' then 'JB'
           when categorie in ('42', '46', '49', '50', '55') then
               case
                   when lower(omschrijving) like '%pleegzorg%' then '11'
                   when lower(omschrijving) like '%gezinshuis%' then '12'
                   when lower(omschrijving) like '%verblijf%'
                       and lower(omschrijving) not like '%zonder verblijf%' then '14'
                   when lower(omschrijving) like '%ambulant%' then '02'
                   when categorie = '46' then '02'
               end
       end
$$;

update inkoop.product
set jeugdzorgvorm              = inkoop.standaard_jeugdzorgvorm(categorie, hulpvorm, omschrijving),
    jeugdzorgvorm_standaard    = true,
    jeugdzorgvorm_gewijzigd_op = now(),
    jeugdzorgvorm_gewijzigd_door = 'systeem';

alter table inkoop.product
    alter column jeugdzorgvorm_gewijzigd_op set not null,
    alter column jeugdzorgvorm_gewijzigd_door set not null;

-- The gaps inkoop still has to fill.
create index product_zonder_jeugdzorgvorm on inkoop.product (code) where jeugdzorgvorm is null;

-- Who changed what of a product, when (as contractwijziging for contracts).
create table inkoop.productwijziging (
    id bigint generated always as identity primary key,
    productcode varchar(5) not null references inkoop.product on delete cascade,
    tijdstip timestamptz not null,
    gebruiker text not null,
    soort varchar(30) not null,
    omschrijving text not null
);

create index productwijziging_product on inkoop.productwijziging (productcode, tijdstip desc);

-- Every product with its jeugdzorgvorm (null: onbekend), vervallen codes included.
create view inkoop.v_producten as
select code         as productcode,
       omschrijving,
       categorie,
       jeugdzorgvorm,
       jeugdzorgvorm_standaard,
       vervallen_op
from inkoop.product;

-- v_contractproducten of V3 with the product's jeugdzorgvorm appended.
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
       coalesce(upper(t.geldig), upper(c.looptijd)) - 1 as tarief_einddatum,
       p.jeugdzorgvorm
from inkoop.contract c
         join inkoop.aanbieder a on a.id = c.aanbieder_id
         join inkoop.contractproduct cp on cp.contract_id = c.id
         join inkoop.product p on p.code = cp.productcode
         left join inkoop.tarief t on t.contractproduct_id = cp.id;
