-- The verdeelsleutels the region agrees per year (Norm voor Opdrachtgeverschap): how the cost of each part of the
-- inkoop is shared among its gemeenten, as a mix of per inwoner (0-17), per jeugdige (with a toewijzing in that part)
-- and naar werkelijk gebruik (the gemeente's own realised cost). Every change stores the complete set of keys of the
-- year as a new version, with who made it and when, like the begroting. Weights are hundredths of a percent, so a
-- key of 33,33 % + 33,33 % + 33,34 % is exact; each key adds up to exactly 100 %.
create table financien.verdeelsleutelversie (
    id bigint generated always as identity primary key,
    jaar int not null check (jaar between 2015 and 2100),
    versie int not null check (versie >= 1),
    toelichting text,
    door text not null,
    op timestamptz not null,
    unique (jaar, versie)
);

create table financien.verdeelsleutel (
    versie_id bigint not null references financien.verdeelsleutelversie (id),
    -- The part of the inkoop (Inkoopdeel): verblijf, jeugdbescherming or overig.
    deel text not null check (deel in ('verblijf', 'jeugdbescherming', 'overig')),
    per_inwoner int not null check (per_inwoner between 0 and 10000),
    per_jeugdige int not null check (per_jeugdige between 0 and 10000),
    naar_gebruik int not null check (naar_gebruik between 0 and 10000),
    primary key (versie_id, deel),
    check (per_inwoner + per_jeugdige + naar_gebruik = 10000)
);

-- Reporting view (SQL API of this module): the keys of the latest version of each year, weights in percent.
create view financien.v_verdeelsleutels as
select v.jaar,
       v.versie,
       s.deel,
       s.per_inwoner / 100.0 as per_inwoner_procent,
       s.per_jeugdige / 100.0 as per_jeugdige_procent,
       s.naar_gebruik / 100.0 as naar_gebruik_procent,
       v.door,
       v.op
from financien.verdeelsleutelversie v
         join financien.verdeelsleutel s on s.versie_id = v.id
where v.versie = (select max(l.versie) from financien.verdeelsleutelversie l where l.jaar = v.jaar);
