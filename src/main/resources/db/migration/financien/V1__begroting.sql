-- The begroting of a gemeente per year: every version (the primitieve begroting, then each begrotingswijziging) keeps
-- its complete set of lines per Iv3 taakveld and CBS jeugdzorgvorm, who made it and when, so every change can be
-- shown against the version before.
create schema if not exists financien;

create table financien.begrotingsversie (
    id bigint generated always as identity primary key,
    gemeente char(4) not null check (gemeente ~ '^[0-9]{4}$'),
    jaar int not null check (jaar between 2015 and 2100),
    versie int not null check (versie >= 1),
    soort text not null check (soort in ('PRIMITIEF', 'WIJZIGING')),
    toelichting text,
    door text not null,
    op timestamptz not null,
    unique (gemeente, jaar, versie),
    -- The first version is the primitieve begroting, every later one a begrotingswijziging.
    check ((versie = 1) = (soort = 'PRIMITIEF'))
);

create table financien.begrotingsregel (
    versie_id bigint not null references financien.begrotingsversie (id),
    taakveld varchar(6) not null,
    jeugdzorgvorm varchar(2) not null,
    eurocent bigint not null check (eurocent >= 0),
    primary key (versie_id, taakveld, jeugdzorgvorm)
);

-- Reporting view (SQL API of this module): the lines of the latest version of each begroting.
create view financien.v_begroting as
select v.gemeente,
       v.jaar,
       v.versie,
       v.soort,
       r.taakveld,
       r.jeugdzorgvorm,
       r.eurocent,
       v.door,
       v.op
from financien.begrotingsversie v
         join financien.begrotingsregel r on r.versie_id = v.id
where v.versie = (select max(l.versie) from financien.begrotingsversie l
                  where l.gemeente = v.gemeente and l.jaar = v.jaar);
