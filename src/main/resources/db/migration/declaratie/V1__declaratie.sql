-- Declaraties (JW323) and their prestaties with the outcome of the checks. Rejected prestaties are kept too: their
-- ReferentieNummer stays taken (TR314) and the pages show why they were rejected. A declaratie rejected as a whole
-- (TR333, TR316) is not stored: iJw treats it as never sent.
create schema if not exists declaratie;

create table declaratie.declaratie (
    id                   bigserial primary key,
    gemeente             varchar(4)  not null,
    aanbieder            varchar(8)  not null,
    declaratienummer     varchar(12) not null,
    berichtidentificatie varchar(20),
    periode_begin        date        not null,
    periode_eind         date        not null,
    dagtekening          date        not null,
    totaal_ingediend     bigint      not null, -- eurocent, negative when credit
    totaal_toegekend     bigint      not null,
    aantal_prestaties    integer     not null,
    aantal_afgewezen     integer     not null,
    beoordeeld_op        timestamptz not null,
    -- TR333: a DeclaratieNummer is unique for the aanbieder.
    constraint declaratienummer_uniek unique (aanbieder, declaratienummer)
);

create index declaratie_gemeente on declaratie.declaratie (gemeente, beoordeeld_op desc);

create table declaratie.prestatie (
    id                     bigserial primary key,
    declaratie_id          bigint      not null references declaratie.declaratie (id),
    gemeente               varchar(4)  not null,
    aanbieder              varchar(8)  not null,
    referentienummer       varchar(20) not null,
    vorig_referentienummer varchar(20),
    bsn                    varchar(9)  not null,
    client_pseudoniem      varchar(64) not null,
    toewijzingnummer       bigint      not null,
    productcategorie       varchar(2)  not null,
    productcode            varchar(5),
    begindatum             date        not null,
    einddatum              date        not null,
    volume                 bigint      not null,
    eenheid                varchar(2)  not null,
    producttarief          bigint,
    bedrag                 bigint      not null, -- eurocent, positive; see debet_credit
    debet_credit           char(1)     not null check (debet_credit in ('D', 'C')),
    goedgekeurd            boolean     not null,
    gecrediteerd           boolean     not null default false
);

-- TR314: ReferentieNummer per aanbieder (not unique in the table: a rejected duplicate is stored as well).
create index prestatie_referentie on declaratie.prestatie (aanbieder, referentienummer);
-- TR389, TR322, TR369, TR385: approved prestaties per toewijzing.
create index prestatie_goedgekeurd on declaratie.prestatie (gemeente, toewijzingnummer) where goedgekeurd;
create index prestatie_declaratie on declaratie.prestatie (declaratie_id);

create table declaratie.afkeuring (
    prestatie_id bigint       not null references declaratie.prestatie (id),
    regel        varchar(8)   not null,
    retourcode   varchar(4)   not null,
    toelichting  varchar(1000) not null
);

create index afkeuring_prestatie on declaratie.afkeuring (prestatie_id);

-- Prestaties with their outcome for reporting: the client only as pseudonym, never the BSN.
create view declaratie.v_prestaties as
select p.id                    as prestatie_id,
       d.id                    as declaratie_id,
       d.declaratienummer,
       p.gemeente,
       p.aanbieder,
       p.client_pseudoniem,
       p.toewijzingnummer,
       p.productcategorie,
       p.productcode,
       p.begindatum,
       p.einddatum,
       p.volume,
       p.eenheid,
       p.producttarief         as producttarief_eurocent,
       case when p.debet_credit = 'C' then -p.bedrag else p.bedrag end as bedrag_eurocent,
       p.debet_credit,
       p.goedgekeurd,
       p.gecrediteerd,
       (select string_agg(a.retourcode, ',' order by a.retourcode) from declaratie.afkeuring a
        where a.prestatie_id = p.id) as retourcodes,
       d.beoordeeld_op
from declaratie.prestatie p
         join declaratie.declaratie d on d.id = p.declaratie_id;
