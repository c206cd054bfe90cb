-- Payment of declaraties by the gemeente's financial administration. Every marking as paid is kept: the first is the
-- payment, a later one only as an explicit correction with its reason, each with who and when. The current state of
-- a declaratie is its latest version. declaratie_id refers to declaratie.v_declaraties (another module: no foreign key).
create table financien.betaling (
    id bigint generated always as identity primary key,
    declaratie_id bigint not null,
    versie int not null check (versie >= 1),
    gemeente char(4) not null check (gemeente ~ '^[0-9]{4}$'),
    aanbieder varchar(8) not null,
    eurocent bigint not null,
    betaaldatum date not null,
    betaalkenmerk varchar(35) not null,
    correctiereden text,
    door text not null,
    op timestamptz not null,
    unique (declaratie_id, versie),
    -- The first marking is the payment; every later one is a correction and says why.
    check ((versie = 1) = (correctiereden is null))
);

create index betaling_gemeente on financien.betaling (gemeente, betaaldatum);

-- Reporting view (SQL API of this module): the current payment of each paid declaratie.
create view financien.v_betalingen as
select b.declaratie_id,
       b.gemeente,
       b.aanbieder,
       b.eurocent,
       b.betaaldatum,
       b.betaalkenmerk,
       b.versie,
       b.door,
       b.op
from financien.betaling b
where b.versie = (select max(l.versie) from financien.betaling l where l.declaratie_id = b.declaratie_id);
