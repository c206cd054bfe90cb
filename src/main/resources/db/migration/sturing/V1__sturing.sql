-- Read models of the steering information. They are copies, kept up to date from the events of the other modules and
-- filled only from those modules' v_* views, so the indicators answer from a few indexed tables instead of the whole
-- berichtenverkeer. Jeugdigen appear only by pseudonym.
create schema if not exists sturing;

-- One row per start of a levering (JW305) with its latest stop (JW307), and what the toewijzing behind it says.
create table sturing.levering (
    gemeente varchar(4) not null,
    toewijzingnummer bigint not null,
    begindatum date not null,
    einddatum date,
    reden_beeindiging varchar(2),
    jeugdige varchar(64) not null,
    aanbieder varchar(8) not null,
    productcategorie varchar(2),
    productcode varchar(5),
    verwijzer varchar(2) not null,
    geboortejaar int,
    -- The day the first JW301 of the toewijzing was made: the real waiting time runs from here to begindatum.
    toegewezen_op date not null,
    primary key (gemeente, toewijzingnummer, begindatum),
    check (einddatum is null or einddatum >= begindatum)
);

create index levering_jeugdige on sturing.levering (jeugdige);

-- Trajecten as CBS counts them: the leveringen of one jeugdige in one gemeente at one aanbieder with the same
-- jeugdzorgvorm that overlap or adjoin are one traject. Rebuilt per jeugdige whenever one of its leveringen changes.
create table sturing.traject (
    id bigint generated always as identity primary key,
    jeugdige varchar(64) not null,
    gemeente varchar(4) not null,
    aanbieder varchar(8) not null,
    -- Null when the product maps to no jeugdzorgvorm: counted as "onbekend", never dropped.
    jeugdzorgvorm varchar(2),
    productcategorie varchar(2),
    productcode varchar(5),
    verwijzer varchar(2) not null,
    geboortejaar int,
    begindatum date not null,
    einddatum date,
    reden_beeindiging varchar(2),
    -- Days from the first JW301 to the start of care of the first levering.
    wachtdagen int,
    -- Whether the jeugdige had jeugdhulp (another traject, not jeugdbescherming or jeugdreclassering) in the five years
    -- before this traject began: herhaald beroep; otherwise nieuw beroep.
    herhaald boolean not null default false,
    leveringen int not null,
    check (einddatum is null or einddatum >= begindatum)
);

create index traject_gemeente on sturing.traject (gemeente, begindatum, einddatum);
create index traject_jeugdige on sturing.traject (jeugdige);

-- The jeugdzorgvorm of a toewijzing that names only a productcategorie (no productcode).
create table sturing.categorievorm (
    productcategorie varchar(2) primary key,
    jeugdzorgvorm varchar(2) not null
);

insert into sturing.categorievorm (productcategorie, jeugdzorgvorm) values
    ('31', '01'), ('32', '02'), ('33', '03'), ('34', '04'), ('35', '11'), ('36', '12'), ('37', '13'), ('38', '14'),
    ('41', '03'), ('43', '14'), ('44', '14'), ('45', '02'), ('47', 'JR'), ('48', 'JB'), ('51', '02'), ('52', '02'),
    ('53', '02'), ('54', '02');

-- Approved declared amounts (JW323 prestaties the gemeente approved, credit lines negative) per month of care.
create table sturing.kosten (
    gemeente varchar(4) not null,
    maand date not null check (extract(day from maand) = 1),
    aanbieder varchar(8) not null,
    productcategorie varchar(2) not null,
    productcode varchar(5) not null default '',
    eenheid varchar(2) not null,
    bedrag bigint not null,
    volume bigint not null,
    prestaties int not null,
    primary key (gemeente, maand, aanbieder, productcategorie, productcode, eenheid)
);

-- Declaraties already counted in sturing.kosten, so a retried event counts nothing twice.
create table sturing.verwerkte_declaratie (
    declaratie_id bigint primary key,
    verwerkt_op timestamptz not null
);

-- When each read model last took in a change: the page says how fresh the figures are.
create table sturing.stand (
    leesmodel text primary key,
    bijgewerkt_op timestamptz not null
);

-- Declaraties as judged (JW323 in, JW325 out): lines and rejected lines per declaratie, for the administrative burden.
create table sturing.declaratieoordeel (
    id bigint generated always as identity primary key,
    -- Null for a declaratie rejected as a whole, which declaratie does not store (IV087).
    declaratie_id bigint unique,
    gemeente varchar(4) not null,
    aanbieder varchar(8) not null,
    declaratienummer varchar(12) not null,
    beoordeeld date not null,
    prestaties int not null,
    afgewezen int not null,
    check (afgewezen between 0 and prestaties)
);

create index declaratieoordeel_gemeente on sturing.declaratieoordeel (gemeente, beoordeeld);

-- The trajecten of the gemeenten in a period (overlapping it), with the filters of the dashboard (null = all) and the
-- value of the chosen breakdown as groep. The age is the age reached in the last year of the period.
create function sturing.trajecten(gemeenten varchar[], periode_begin date, periode_eind date, leeftijd_van int,
                                  leeftijd_tot int, filter_vorm varchar, filter_verwijzer varchar,
                                  filter_aanbieder varchar, uitsplitsing text)
    returns table (
        id bigint, jeugdige varchar, gemeente varchar, aanbieder varchar, jeugdzorgvorm varchar,
        productcategorie varchar, productcode varchar, verwijzer varchar, leeftijd int, begindatum date,
        einddatum date, reden_beeindiging varchar, wachtdagen int, herhaald boolean, met_verblijf boolean,
        jeugdhulp boolean, groep text)
    language sql stable as
$$
select t.id, t.jeugdige, t.gemeente, t.aanbieder, t.jeugdzorgvorm, t.productcategorie, t.productcode, t.verwijzer,
       extract(year from periode_eind)::int - t.geboortejaar, t.begindatum, t.einddatum, t.reden_beeindiging,
       t.wachtdagen, t.herhaald, coalesce(t.jeugdzorgvorm in ('11', '12', '13', '14'), false),
       coalesce(t.jeugdzorgvorm not in ('JB', 'JR'), true),
       case uitsplitsing
           when 'gemeente' then t.gemeente
           when 'hulpvorm' then coalesce(t.jeugdzorgvorm, 'onbekend')
           when 'verwijzer' then t.verwijzer
           when 'aanbieder' then t.aanbieder
           when 'product' then coalesce(t.productcode, t.productcategorie)
           when 'leeftijd' then case
               when t.geboortejaar is null then 'onbekend'
               when extract(year from periode_eind)::int - t.geboortejaar < 4 then '0-3'
               when extract(year from periode_eind)::int - t.geboortejaar < 12 then '4-11'
               when extract(year from periode_eind)::int - t.geboortejaar < 18 then '12-17'
               else '18+' end
           when 'beroep' then case when t.herhaald then 'herhaald' else 'nieuw' end
           when 'reden' then coalesce(t.reden_beeindiging, 'lopend')
           when 'duurklasse' then case
               when t.einddatum is null then 'lopend'
               when t.einddatum < (t.begindatum + interval '3 months')::date then '0-3m'
               when t.einddatum < (t.begindatum + interval '6 months')::date then '3-6m'
               when t.einddatum < (t.begindatum + interval '1 year')::date then '6-12m'
               when t.einddatum < (t.begindatum + interval '2 years')::date then '1-2j'
               when t.einddatum < (t.begindatum + interval '3 years')::date then '2-3j'
               when t.einddatum < (t.begindatum + interval '4 years')::date then '3-4j'
               else '4j+' end
           else 'totaal'
       end
  from sturing.traject t
 where t.gemeente = any(gemeenten)
   and t.begindatum <= periode_eind
   and (t.einddatum is null or t.einddatum >= periode_begin)
   and (filter_vorm is null or coalesce(t.jeugdzorgvorm, 'onbekend') = filter_vorm)
   and (filter_verwijzer is null or t.verwijzer = filter_verwijzer)
   and (filter_aanbieder is null or t.aanbieder = filter_aanbieder)
   and (leeftijd_van is null or extract(year from periode_eind)::int - t.geboortejaar >= leeftijd_van)
   and (leeftijd_tot is null or extract(year from periode_eind)::int - t.geboortejaar <= leeftijd_tot)
$$;
