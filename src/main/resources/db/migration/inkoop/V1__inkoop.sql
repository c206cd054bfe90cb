-- Inkoop: aanbieders, the product catalogue, contracts with tariffs and budget ceilings,
-- ontwikkelopgaven of strategic partners, and the wachttijden- en capaciteitsregister.
create schema if not exists inkoop;
create extension if not exists btree_gist;

-- Aanbieders ------------------------------------------------------------------------------------

create table inkoop.aanbieder (
    id bigint generated always as identity primary key,
    agb char(8) not null unique check (agb ~ '^[0-9]{8}$'),
    kvk char(8) check (kvk ~ '^[0-9]{8}$'),
    naam text not null check (length(trim(naam)) > 0),
    -- the name lower-cased without accents, punctuation and legal form, for matching feeds by name
    naam_sleutel text not null check (length(naam_sleutel) > 0),
    relatie varchar(20) not null check (relatie in ('STRATEGISCH_PARTNER', 'REGULIER', 'LANDELIJK')),
    status varchar(20) not null default 'ACTIEF' check (status in ('ACTIEF', 'OPGESCHORT', 'BEEINDIGD')),
    website text,
    demo boolean not null default false,
    gewijzigd_op timestamptz not null default now(),
    gewijzigd_door text not null
);

create index aanbieder_naam_sleutel on inkoop.aanbieder (naam_sleutel);

-- Other names an aanbieder is known by (brands, departments), used when a feed names it that way.
create table inkoop.aanbieder_alias (
    aanbieder_id bigint not null references inkoop.aanbieder on delete cascade,
    naam text not null check (length(trim(naam)) > 0),
    naam_sleutel text not null unique,
    primary key (aanbieder_id, naam)
);

create table inkoop.locatie (
    id bigint generated always as identity primary key,
    aanbieder_id bigint not null references inkoop.aanbieder on delete cascade,
    naam text not null check (length(trim(naam)) > 0),
    adres text,
    postcode varchar(7) check (postcode ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
    plaats text,
    unique (aanbieder_id, naam)
);

create table inkoop.contactpersoon (
    id bigint generated always as identity primary key,
    aanbieder_id bigint not null references inkoop.aanbieder on delete cascade,
    naam text not null check (length(trim(naam)) > 0),
    functie text,
    email text check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    telefoon text
);

-- Products --------------------------------------------------------------------------------------

-- The Standaardproductcodelijst Jeugdwet (JZ21) plus regional products, each with its
-- uitvoeringsvariant, the eenheden (WJ756) a tariff may use and its CBS hulpvorm.
create table inkoop.product (
    code varchar(5) primary key check (code ~ '^[0-9A-Z]{5}$'),
    omschrijving text not null check (length(trim(omschrijving)) > 0),
    categorie varchar(2) not null check (categorie ~ '^[0-9]{2}$'),
    uitvoeringsvariant varchar(20) not null
        check (uitvoeringsvariant in ('INSPANNINGSGERICHT', 'OUTPUTGERICHT', 'TAAKGERICHT')),
    -- true when the official list names no variant and it was derived (unit in the name, category)
    variant_afgeleid boolean not null default false,
    eenheden varchar(2)[] not null check (eenheden <@ array['01', '04', '14', '16', '82', '83', '84']::varchar(2)[]),
    hulpvorm varchar(2) check (hulpvorm in ('01', '02', '03', '04', '11', '12', '13', '14')),
    dimensie_code varchar(4),
    dimensie_omschrijving text,
    nza_declaratiecode varchar(10),
    bron varchar(10) not null check (bron in ('JZ21', 'REGIONAAL')),
    -- set when an updated official list no longer contains the code; kept for existing contracts
    vervallen_op date,
    gewijzigd_op timestamptz not null default now(),
    check (uitvoeringsvariant <> 'TAAKGERICHT' or cardinality(eenheden) = 0),
    check (uitvoeringsvariant = 'TAAKGERICHT' or cardinality(eenheden) > 0)
);

create index product_categorie on inkoop.product (categorie);
create index product_actueel on inkoop.product (code) where vervallen_op is null;

-- Contracts and tariffs -------------------------------------------------------------------------

create table inkoop.contract (
    id bigint generated always as identity primary key,
    nummer varchar(30) not null unique check (length(trim(nummer)) > 0),
    aanbieder_id bigint not null references inkoop.aanbieder,
    perceel text not null check (length(trim(perceel)) > 0),
    -- [begin, eind + 1): the inclusive looptijd as PostgreSQL keeps it; no upper bound: open-ended
    looptijd daterange not null check (not isempty(looptijd) and lower(looptijd) is not null),
    toelichting text,
    aangemaakt_op timestamptz not null default now()
);

create index contract_aanbieder on inkoop.contract (aanbieder_id);

-- A product an aanbieder may deliver under a contract, in one eenheid.
create table inkoop.contractproduct (
    id bigint generated always as identity primary key,
    contract_id bigint not null references inkoop.contract on delete cascade,
    productcode varchar(5) not null references inkoop.product,
    eenheid varchar(2) not null check (eenheid in ('01', '04', '14', '16', '82', '83', '84')),
    unique (contract_id, productcode)
);

-- The price per eenheid of a contracted product over a period. Periods of one contracted product
-- never overlap, so a delivery date always has at most one tariff.
create table inkoop.tarief (
    id bigint generated always as identity primary key,
    contractproduct_id bigint not null references inkoop.contractproduct on delete cascade,
    eurocent bigint not null check (eurocent >= 0),
    geldig daterange not null check (not isempty(geldig) and lower(geldig) is not null),
    constraint tarief_zonder_overlap exclude using gist (contractproduct_id with =, geldig with &&)
);

-- The tariff period must lie within the contract's looptijd; the service says so first in Dutch,
-- this trigger keeps it true for every other writer.
create function inkoop.tarief_binnen_looptijd() returns trigger
    language plpgsql as
$$
begin
    if not exists (select 1
                   from inkoop.contractproduct cp
                            join inkoop.contract c on c.id = cp.contract_id
                   where cp.id = new.contractproduct_id
                     and c.looptijd @> new.geldig) then
        raise exception 'Tariefperiode % valt buiten de looptijd van het contract', new.geldig
            using errcode = '23514', constraint = 'tarief_binnen_looptijd';
    end if;
    return new;
end;
$$;

create trigger tarief_binnen_looptijd
    before insert or update on inkoop.tarief
    for each row execute function inkoop.tarief_binnen_looptijd();

-- Who changed which contract or tariff, when, and what.
create table inkoop.contractwijziging (
    id bigint generated always as identity primary key,
    contract_id bigint not null references inkoop.contract on delete cascade,
    tijdstip timestamptz not null,
    gebruiker text not null,
    soort varchar(30) not null,
    omschrijving text not null
);

create index contractwijziging_contract on inkoop.contractwijziging (contract_id, tijdstip desc);

-- Budget ceilings ---------------------------------------------------------------------------------

create table inkoop.budgetplafond (
    aanbieder_id bigint not null references inkoop.aanbieder,
    jaar int not null check (jaar between 2015 and 2100),
    eurocent bigint not null check (eurocent >= 0),
    -- percentage of the ceiling at which commitments are signalled
    signaleringsgrens int not null default 80 check (signaleringsgrens between 1 and 100),
    primary key (aanbieder_id, jaar)
);

-- Commitments other modules register against a ceiling (e.g. one per toewijzing), by reference.
create table inkoop.budgetverplichting (
    id bigint generated always as identity primary key,
    aanbieder_id bigint not null references inkoop.aanbieder,
    jaar int not null check (jaar between 2015 and 2100),
    bron varchar(30) not null,
    referentie text not null,
    eurocent bigint not null check (eurocent >= 0),
    geregistreerd_op timestamptz not null,
    unique (bron, referentie, jaar)
);

create index budgetverplichting_aanbieder on inkoop.budgetverplichting (aanbieder_id, jaar);

-- Ontwikkelopgaven --------------------------------------------------------------------------------

-- What a strategic partner committed to for one of the region's ontwikkelopgaven.
create table inkoop.ontwikkelafspraak (
    id bigint generated always as identity primary key,
    contract_id bigint not null references inkoop.contract on delete cascade,
    opgave varchar(40) not null check (opgave in (
        'ZO_THUIS_MOGELIJK', 'INNOVATIEKRACHT', 'PARTICIPATIE_JEUGDIGEN', 'ERVARINGSDESKUNDIGHEID',
        'ONDERWIJS_EN_JEUGD', 'SAMENWERKING_TRIAGE_VERWIJZEN')),
    indicator text not null check (length(trim(indicator)) > 0),
    nulmeting numeric(12, 2),
    streefwaarde numeric(12, 2) not null,
    eenheid text not null,
    streefdatum date not null
);

create table inkoop.ontwikkelvoortgang (
    id bigint generated always as identity primary key,
    afspraak_id bigint not null references inkoop.ontwikkelafspraak on delete cascade,
    peildatum date not null,
    waarde numeric(12, 2) not null,
    toelichting text,
    gerapporteerd_door text not null,
    gerapporteerd_op timestamptz not null,
    unique (afspraak_id, peildatum)
);

-- Wachttijden- en capaciteitsregister -------------------------------------------------------------

-- The current waiting time of one offer of an aanbieder: a product (or a named offer from a feed)
-- at a location. Weeks to intake and from intake to start; null when unknown.
create table inkoop.wachttijd (
    id bigint generated always as identity primary key,
    aanbieder_id bigint not null references inkoop.aanbieder,
    productcode varchar(5) references inkoop.product,
    aanbod text not null check (length(trim(aanbod)) > 0),
    locatie text,
    weken_tot_intake numeric(5, 1) check (weken_tot_intake between 0 and 520),
    weken_tot_start numeric(5, 1) check (weken_tot_start between 0 and 520),
    vrije_plaatsen int check (vrije_plaatsen >= 0),
    aanmeldstop boolean not null default false,
    toelichting text,
    bron varchar(10) not null check (bron in ('AANBIEDER', 'REGIO', 'IMPORT')),
    bron_url text,
    bevestigd_op date not null,
    gewijzigd_op timestamptz not null,
    gewijzigd_door text not null
);

create unique index wachttijd_uniek on inkoop.wachttijd
    (aanbieder_id, coalesce(productcode, ''), lower(aanbod), coalesce(lower(locatie), ''));
create index wachttijd_bevestigd on inkoop.wachttijd (bevestigd_op);

-- Every confirmed value, for the history and the trend.
create table inkoop.wachttijdmeting (
    id bigint generated always as identity primary key,
    wachttijd_id bigint not null references inkoop.wachttijd on delete cascade,
    bevestigd_op date not null,
    weken_tot_intake numeric(5, 1),
    weken_tot_start numeric(5, 1),
    vrije_plaatsen int,
    aanmeldstop boolean not null,
    bron varchar(10) not null,
    geregistreerd_op timestamptz not null,
    geregistreerd_door text not null
);

create index wachttijdmeting_wachttijd on inkoop.wachttijdmeting (wachttijd_id, bevestigd_op);

-- Reporting views: the SQL API of this module -----------------------------------------------------

-- Every tariff of every contracted product, with inclusive dates.
create view inkoop.v_contractproducten as
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
       upper(t.geldig) - 1  as tarief_einddatum
from inkoop.contract c
         join inkoop.aanbieder a on a.id = c.aanbieder_id
         join inkoop.contractproduct cp on cp.contract_id = c.id
         join inkoop.product p on p.code = cp.productcode
         left join inkoop.tarief t on t.contractproduct_id = cp.id;

-- The current waiting times; staleness is relative to bevestigd_op and decided by the reader.
create view inkoop.v_wachttijden as
select w.id,
       a.agb,
       a.naam        as aanbiedernaam,
       w.productcode,
       p.categorie   as productcategorie,
       p.hulpvorm,
       w.aanbod,
       w.locatie,
       w.weken_tot_intake,
       w.weken_tot_start,
       w.vrije_plaatsen,
       w.aanmeldstop,
       w.bron,
       w.bevestigd_op
from inkoop.wachttijd w
         join inkoop.aanbieder a on a.id = w.aanbieder_id
         left join inkoop.product p on p.code = w.productcode;

-- Budget ceiling and commitments per aanbieder and year.
create view inkoop.v_budget as
select a.agb,
       a.naam                                  as aanbiedernaam,
       b.jaar,
       b.eurocent                              as plafond_eurocent,
       coalesce(v.eurocent, 0)                 as verplicht_eurocent,
       b.signaleringsgrens
from inkoop.budgetplafond b
         join inkoop.aanbieder a on a.id = b.aanbieder_id
         left join (select aanbieder_id, jaar, sum(eurocent) as eurocent
                    from inkoop.budgetverplichting
                    group by aanbieder_id, jaar) v on v.aanbieder_id = b.aanbieder_id and v.jaar = b.jaar;
