-- Toewijzingen, their versions, the levering (starts and stops) and verzoeken of the gemeente.
create schema if not exists toewijzing;
create extension if not exists btree_gist;

-- Toewijzingnummers are unique over the platform, so certainly per gemeente (TR332).
create sequence toewijzing.toewijzingnummer start with 100000001 maxvalue 999999999;

-- One row per client of a gemeente: the row every change for that client locks (select ... for update), so two
-- changes for the same client never interleave.
create table toewijzing.client (
    gemeente char(4) not null,
    bsn char(9) not null,
    -- The toegangslog's pseudonym of the BSN (keyed HMAC): reports count and link clients without the BSN.
    pseudoniem char(64) not null,
    primary key (gemeente, bsn)
);

-- The current state of each toewijzing. Periods are daterange [ingangsdatum, einddatum + 1).
create table toewijzing.toewijzing (
    gemeente char(4) not null,
    nummer bigint not null check (nummer between 0 and 999999999),
    bsn char(9) not null,
    aanbieder char(8) not null,
    productcategorie varchar(2),
    productcode varchar(5),
    productsleutel text not null,
    geldig daterange not null check (not isempty(geldig) and lower(geldig) is not null),
    volume bigint,
    eenheid varchar(2),
    frequentie varchar(1),
    budget bigint check (budget >= 0),
    toewijzingsmoment timestamp not null,
    reden_wijziging varchar(2),
    referentie_aanbieder varchar(36),
    commentaar text,
    versie int not null,
    vervallen boolean not null default false,
    primary key (gemeente, nummer),
    foreign key (gemeente, bsn) references toewijzing.client (gemeente, bsn),
    check ((volume is null) = (eenheid is null) and (eenheid is null) = (frequentie is null)),
    check (volume is null or budget is null),
    -- OP259: the same product is not assigned twice to the same aanbieder for the same client in overlapping periods.
    constraint toewijzing_niet_gestapeld exclude using gist (
        gemeente with =, bsn with =, aanbieder with =, productsleutel with =, geldig with &&) where (not vervallen)
);

create index toewijzing_client on toewijzing.toewijzing (gemeente, bsn, aanbieder);
create index toewijzing_aanbieder_geldig on toewijzing.toewijzing using gist (aanbieder, geldig) where (not vervallen);

-- Every version of every toewijzing: who changed what, when and why.
create table toewijzing.toewijzingsversie (
    gemeente char(4) not null,
    nummer bigint not null,
    versie int not null,
    geldig daterange not null,
    volume bigint,
    eenheid varchar(2),
    frequentie varchar(1),
    budget bigint,
    reden_wijziging varchar(2),
    referentie_aanbieder varchar(36),
    commentaar text,
    door text not null,
    op timestamp not null,
    waarom text not null,
    primary key (gemeente, nummer, versie),
    foreign key (gemeente, nummer) references toewijzing.toewijzing (gemeente, nummer)
);

-- Starts (JW305) of the levering on a toewijzing. A deleted start (StatusAanlevering 3) stays on record.
create table toewijzing.start (
    id bigint generated always as identity primary key,
    gemeente char(4) not null,
    nummer bigint not null,
    productcategorie varchar(2),
    productcode varchar(5),
    toewijzing_ingangsdatum date,
    begindatum date not null,
    ontvangen timestamp not null,
    verwijderd boolean not null default false,
    gestopt boolean not null default false,
    foreign key (gemeente, nummer) references toewijzing.toewijzing (gemeente, nummer)
);

-- TR074: one start per key; TR326: at most one start without a stop per toewijzing.
create unique index start_sleutel on toewijzing.start (gemeente, nummer, coalesce(productcategorie, ''), coalesce(productcode, ''), begindatum)
    where (not verwijderd);
create unique index start_actueel on toewijzing.start (gemeente, nummer) where (not verwijderd and not gestopt);

create table toewijzing.stop (
    id bigint generated always as identity primary key,
    start_id bigint not null references toewijzing.start (id),
    einddatum date not null,
    reden varchar(2) not null,
    ontvangen timestamp not null,
    verwijderd boolean not null default false
);

-- TR413: one tijdelijke stop per start; TR415: one definitieve stop per start.
create unique index stop_tijdelijk on toewijzing.stop (start_id) where (not verwijderd and reden = '20');
create unique index stop_definitief on toewijzing.stop (start_id) where (not verwijderd and reden <> '20');

-- Verzoeken (JW315, JW317) and their aanvragen: one per ReferentieAanbieder, each a work item with a deadline.
create table toewijzing.verzoek (
    id bigint generated always as identity primary key,
    soort varchar(3) not null check (soort in ('VOT', 'VOW')),
    gemeente char(4) not null,
    aanbieder char(8) not null,
    bsn char(9) not null,
    dagtekening date not null,
    ontvangen date not null,
    reden_verzoek varchar(1),
    commentaar text,
    foreign key (gemeente, bsn) references toewijzing.client (gemeente, bsn)
);

create table toewijzing.aanvraag (
    id bigint generated always as identity primary key,
    verzoek_id bigint not null references toewijzing.verzoek (id),
    aanbieder char(8) not null,
    referentie varchar(36) not null,
    status text not null check (status in ('ONTVANGEN', 'IN_ONDERZOEK', 'TOEGEWEZEN', 'AFGEWEZEN')),
    uiterlijk date not null,
    reden_afwijzing varchar(1),
    woonplaatsgemeente char(4),
    -- TR347: ReferentieAanbieder is unique per aanbieder.
    unique (aanbieder, referentie)
);

-- The work queue: open aanvragen by deadline.
create index aanvraag_werkvoorraad on toewijzing.aanvraag (uiterlijk) where (status in ('ONTVANGEN', 'IN_ONDERZOEK'));

create table toewijzing.verzoekregel (
    id bigint generated always as identity primary key,
    aanvraag_id bigint not null references toewijzing.aanvraag (id),
    soort text not null check (soort in ('AANGEVRAAGD', 'ONGEWIJZIGD', 'TE_WIJZIGEN', 'NIEUW')),
    nummer bigint,
    productcategorie varchar(2),
    productcode varchar(5),
    begindatum date,
    einddatum date,
    volume bigint,
    eenheid varchar(2),
    frequentie varchar(1),
    budget bigint,
    verwijzer varchar(2),
    commentaar text
);

-- Reporting views (SQL API of this module). No BSN: a client appears only by its pseudonym.
create view toewijzing.v_toewijzingen as
select t.gemeente,
       t.nummer as toewijzingnummer,
       c.pseudoniem as client_pseudoniem,
       t.aanbieder,
       t.productcategorie,
       t.productcode,
       lower(t.geldig) as ingangsdatum,
       upper(t.geldig) - 1 as einddatum,
       t.volume,
       t.eenheid,
       t.frequentie,
       t.budget,
       t.reden_wijziging,
       t.vervallen,
       t.versie,
       t.toewijzingsmoment
from toewijzing.toewijzing t
         join toewijzing.client c on c.gemeente = t.gemeente and c.bsn = t.bsn;

create view toewijzing.v_trajecten as
select s.gemeente,
       s.nummer as toewijzingnummer,
       t.aanbieder,
       t.productcategorie,
       t.productcode,
       s.begindatum,
       st.einddatum,
       st.reden as reden_beeindiging,
       s.ontvangen as start_ontvangen,
       st.ontvangen as stop_ontvangen
from toewijzing.start s
         join toewijzing.toewijzing t on t.gemeente = s.gemeente and t.nummer = s.nummer
         left join lateral (
    select einddatum, reden, ontvangen from toewijzing.stop
    where start_id = s.id and not verwijderd
    order by einddatum desc, (reden <> '20') desc
    limit 1) st on true
where not s.verwijderd;

create view toewijzing.v_verzoeken as
select v.soort,
       v.gemeente,
       v.aanbieder,
       a.referentie,
       a.status,
       v.ontvangen,
       a.uiterlijk,
       a.reden_afwijzing,
       a.woonplaatsgemeente
from toewijzing.aanvraag a
         join toewijzing.verzoek v on v.id = a.verzoek_id;
