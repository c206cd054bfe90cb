-- The inbox and outbox of iJw messages. A received message is stored (raw bytes and metadata) before
-- it is processed; processing takes rows with FOR UPDATE SKIP LOCKED and finishes in the same
-- transaction as its effects, so after a crash a message is processed again, never twice.
create schema if not exists berichtenverkeer;

create table berichtenverkeer.bericht (
    id uuid primary key,
    richting varchar(3) not null check (richting in ('IN', 'UIT')),
    berichttype varchar(5) not null check (berichttype ~ '^JW3[0-9]{2}$'),
    afzender varchar(8) not null,
    ontvanger varchar(8) not null,
    identificatie varchar(20) not null,
    dagtekening date,
    kanaal varchar(10) not null check (kanaal in ('UPLOAD', 'API', 'MAP', 'SYSTEEM')),
    bestandsnaam text,
    ingediend_door text,
    inhoud bytea not null,
    sha256 char(64) not null,
    grootte integer not null,
    status varchar(12) not null check (status in ('ONTVANGEN', 'VERWERKT', 'AFGEKEURD', 'DUBBEL', 'KLAAR', 'OPGEHAALD')),
    ontvangen_op timestamptz not null,
    verwerkt_op timestamptz,
    opgehaald_op timestamptz,
    termijn date,
    heenbericht uuid references berichtenverkeer.bericht (id),
    aantal_clienten integer,
    pogingen integer not null default 0,
    bevindingen jsonb not null default '[]'
);

-- Identificatie of the messages the gemeente sends (IdentificatieRetour, BerichtIdentificatie).
create sequence berichtenverkeer.identificatie_uit;

-- TR056: the Identificatie is unique per berichtsoort for the sending party (a repeat is stored as DUBBEL).
create unique index bericht_uniek_per_afzender on berichtenverkeer.bericht (afzender, berichttype, identificatie)
    where richting = 'IN' and status <> 'DUBBEL';
create index bericht_werkvoorraad on berichtenverkeer.bericht (ontvangen_op) where richting = 'IN' and verwerkt_op is null;
create index bericht_lijst on berichtenverkeer.bericht (richting, ontvangen_op desc);
create index bericht_heen on berichtenverkeer.bericht (heenbericht);

-- Files that could not be read as an iJw message at all (not XML, unknown namespace, too large): the
-- reason is kept, like a Fo01 foutbericht, without the content.
create table berichtenverkeer.foutrecord (
    id bigint generated always as identity primary key,
    tijdstip timestamptz not null,
    kanaal varchar(10) not null,
    bestandsnaam text,
    ingediend_door text,
    grootte bigint,
    foutcode varchar(10) not null,
    melding text not null
);

-- Reporting view: retour terms kept or missed.
create view berichtenverkeer.v_termijnen as
select h.id, h.berichttype, h.afzender, h.ontvanger, h.ontvangen_op, h.termijn,
       r.ontvangen_op as retour_op,
       (r.id is not null and r.ontvangen_op::date <= h.termijn) as op_tijd
from berichtenverkeer.bericht h
         left join berichtenverkeer.bericht r on r.heenbericht = h.id and r.richting = 'UIT'
where h.richting = 'IN';
