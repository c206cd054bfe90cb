-- Jeugdregio's, gemeenten and the membership of a gemeente in a jeugdregio over time.
create schema if not exists regio;
create extension if not exists btree_gist;

create table regio.jeugdregio (
    code varchar(4) primary key check (code ~ '^JZ[0-9]{2}$'),
    naam text not null check (length(trim(naam)) > 0)
);

create table regio.gemeente (
    code char(4) primary key check (code ~ '^[0-9]{4}$'),
    naam text not null check (length(trim(naam)) > 0),
    provincie text
);

-- A gemeente belongs to at most one jeugdregio on any day: periods of one gemeente never overlap.
-- Periods are half-open [begin, eind) as PostgreSQL daterange keeps them.
create table regio.lidmaatschap (
    id bigint generated always as identity primary key,
    gemeente char(4) not null references regio.gemeente (code),
    jeugdregio varchar(4) not null references regio.jeugdregio (code),
    geldig daterange not null check (not isempty(geldig) and lower(geldig) is not null),
    toelichting text,
    constraint lidmaatschap_zonder_overlap exclude using gist (gemeente with =, geldig with &&)
);

create index lidmaatschap_regio on regio.lidmaatschap (jeugdregio);

-- Reporting view (SQL API of this module): membership with inclusive end dates.
create view regio.v_lidmaatschap as
select l.gemeente,
       g.naam as gemeentenaam,
       l.jeugdregio,
       r.naam as regionaam,
       lower(l.geldig) as begindatum,
       upper(l.geldig) - 1 as einddatum
from regio.lidmaatschap l
         join regio.gemeente g on g.code = l.gemeente
         join regio.jeugdregio r on r.code = l.jeugdregio;
