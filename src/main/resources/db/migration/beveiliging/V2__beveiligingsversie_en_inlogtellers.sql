-- The security version of a user: raised by every change that must reach sessions already open
-- (deactivation, roles, scope, password). Every page request of a session compares it with the
-- version the session started with, through the primary key: one cheap query, the same on every
-- node. The password version is raised by a password change only; a session whose password version
-- is out of date ends.
alter table beveiliging.gebruiker
    add column versie bigint not null default 1,
    add column wachtwoordversie bigint not null default 1;

-- Failed logins per account (the name as typed, lower case, whether it exists or not) and per client
-- address, shared by every node. A row is forgotten some time after its last failure.
create table beveiliging.inlogteller (
    soort              varchar(10)  not null check (soort in ('account', 'adres')),
    sleutel            varchar(200) not null,
    mislukt            integer      not null check (mislukt > 0),
    laatste_mislukking timestamptz  not null,
    geblokkeerd_tot    timestamptz,
    primary key (soort, sleutel)
);

create index inlogteller_laatste_mislukking on beveiliging.inlogteller (laatste_mislukking);
