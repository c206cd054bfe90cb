-- Scenario's of a gemeente: the levers it pulls (in hundredths of a percent, so 12,5 % is 1250), the assumptions of
-- its baseline, the extra cost of a stronger lokaal team, and its savings task for each of the five years after the
-- base year. The figures the projection starts from (the grondslag) are kept with the scenario as they were on its
-- peildatum, so a saved scenario always shows the same projection and scenarios made on different days can be
-- compared for what they are.
create table financien.scenario (
    id bigint generated always as identity primary key,
    gemeente char(4) not null check (gemeente ~ '^[0-9]{4}$'),
    naam text not null check (length(naam) between 1 and 100),
    toelichting text,
    basisjaar int not null check (basisjaar between 2015 and 2100),
    peildatum date not null,
    naar_pleegzorg int not null check (naar_pleegzorg between 0 and 5000),
    naar_gezinshuis int not null check (naar_gezinshuis between 0 and 5000),
    kortere_duur int not null check (kortere_duur between 0 and 3000),
    minder_instroom int not null check (minder_instroom between 0 and 3000),
    indexatie int not null check (indexatie between -200 and 1000),
    verwachte_indexatie int not null check (verwachte_indexatie between -200 and 1000),
    autonome_groei int not null check (autonome_groei between -1000 and 1500),
    -- 0: no limit on the number of aanbieders per product.
    max_aanbieders int not null check (max_aanbieders between 0 and 10),
    investering_eurocent bigint not null check (investering_eurocent >= 0),
    -- The savings task of each year basisjaar + 1 .. basisjaar + 5.
    opgave_eurocent bigint[] not null check (cardinality(opgave_eurocent) = 5 and 0 <= all (opgave_eurocent)),
    door text not null,
    op timestamptz not null,
    unique (gemeente, naam)
);

-- Per CBS jeugdzorgvorm: the prognose of the base year, the average duration of ended care, the region's cost per
-- jeugdige, and the share of the form's cost saved by keeping only the N cheapest aanbieders per product (N = 1..10).
create table financien.scenariogrondslag (
    scenario_id bigint not null references financien.scenario (id) on delete cascade,
    jeugdzorgvorm varchar(8) not null,
    basis_eurocent bigint not null,
    duur_maanden numeric(8, 2) not null check (duur_maanden > 0),
    -- gemeente, regio or aanname (no ended care to count).
    duur_bron text not null check (duur_bron in ('gemeente', 'regio', 'aanname')),
    kosten_per_jeugdige_eurocent bigint,
    aanbiedersbesparing numeric(9, 8)[] not null check (cardinality(aanbiedersbesparing) = 10),
    primary key (scenario_id, jeugdzorgvorm)
);
