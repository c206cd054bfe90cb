-- The register of jeugdigen of the whole platform: one row per child (by BSN) with the person data a JW301 carries
-- and that the toegang works with. Each registration keeps its source (the gemeente, the BRP, or an aanbieder's
-- verzoek om toewijzing), because the source decides who may update it.
create schema if not exists jeugdige;
create extension if not exists btree_gist;

create table jeugdige.jeugdige (
    id uuid primary key,
    bsn char(9) not null unique,
    -- The toegangslog's pseudonym of the BSN (keyed HMAC): steering counts and links jeugdigen without the BSN.
    pseudoniem text not null,
    geboortedatum date not null,
    datumgebruik char(1) check (datumgebruik in ('1', '2', '3')),
    geslacht char(1) not null check (geslacht in ('0', '1', '2')),
    achternaam varchar(200) not null,
    voorvoegsel varchar(10),
    partner_achternaam varchar(200),
    partner_voorvoegsel varchar(10),
    voornamen varchar(200),
    voorletters varchar(6),
    naamgebruik char(1) not null,
    straatnaam varchar(24),
    huisnummer integer check (huisnummer between 1 and 99999),
    huisletter char(1),
    huisnummertoevoeging varchar(4),
    postcode char(6) check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    plaatsnaam varchar(80),
    gegevensbron varchar(10) not null check (gegevensbron in ('GEMEENTE', 'BRP', 'VERZOEK')),
    gegevensbron_aanbieder char(8) check (gegevensbron_aanbieder is null or gegevensbron = 'VERZOEK'),
    ingeschreven_op timestamptz not null,
    gegevens_gewijzigd_op timestamptz not null,
    gegevens_gewijzigd_door text not null
);

-- Search by name and birth date (the other way in besides the BSN).
create index jeugdige_naam on jeugdige.jeugdige (lower(achternaam), geboortedatum);

-- The gemeente responsible under the woonplaatsbeginsel, with history: a move closes one period and opens the next.
create table jeugdige.woonplaats (
    jeugdige uuid not null references jeugdige.jeugdige (id),
    gemeente char(4) not null,
    geldig daterange not null,
    vastgelegd_op timestamptz not null,
    vastgelegd_door text not null,
    constraint woonplaats_zonder_overlap exclude using gist (jeugdige with =, geldig with &&)
);
create index woonplaats_gemeente on jeugdige.woonplaats (gemeente, jeugdige);

-- The household: the people the jeugdige lives with or who have parental authority (gezag). Gezag decides who must
-- consent and who receives the beschikking.
create table jeugdige.gezinslid (
    id uuid primary key,
    jeugdige uuid not null references jeugdige.jeugdige (id),
    relatie varchar(20) not null check (relatie in
        ('MOEDER', 'VADER', 'OUDER', 'STIEFOUDER', 'PLEEGOUDER', 'VOOGD', 'BROER_ZUS', 'GROOTOUDER', 'OVERIG')),
    naam varchar(200) not null,
    geboortedatum date,
    gezag boolean not null,
    woont_in_huis boolean not null,
    adres varchar(200),
    vastgelegd_op timestamptz not null,
    vastgelegd_door text not null
);
create index gezinslid_jeugdige on jeugdige.gezinslid (jeugdige);

-- Other provisions of the household that the gemeente records (Wmo, Participatiewet, schuldhulp, leerplicht), so that
-- households using several are visible to the worker and, counted, to steering.
create table jeugdige.voorziening (
    id uuid primary key,
    jeugdige uuid not null references jeugdige.jeugdige (id),
    gemeente char(4) not null,
    soort varchar(20) not null check (soort in ('WMO', 'PARTICIPATIEWET', 'SCHULDHULP', 'LEERPLICHT')),
    omschrijving varchar(500),
    geldig daterange not null,
    vastgelegd_op timestamptz not null,
    vastgelegd_door text not null
);
create index voorziening_jeugdige on jeugdige.voorziening (jeugdige);

-- SQL API of this module (no BSN, no names): one row per jeugdige with the gemeente responsible today, birth year
-- and sex, and how many other kinds of provisions the household uses now.
create view jeugdige.v_jeugdigen as
select j.pseudoniem as jeugdige_pseudoniem,
       w.gemeente,
       extract(year from j.geboortedatum)::int as geboortejaar,
       j.geslacht,
       (select count(distinct v.soort) from jeugdige.voorziening v
         where v.jeugdige = j.id and v.geldig @> current_date) as lopende_voorzieningsoorten
  from jeugdige.jeugdige j
  left join jeugdige.woonplaats w on w.jeugdige = j.id and w.geldig @> current_date;
