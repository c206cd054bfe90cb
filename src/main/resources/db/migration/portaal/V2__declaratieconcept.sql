-- A concept declaratie (JW323) an aanbieder prepares in the portal for one gemeente and month: prefilled, corrected
-- line by line after the preview of the gemeente's checks, and sent once. After sending it is kept unchanged with the
-- message it became, so the JW325 answer can be read per line.
create table portaal.declaratieconcept (
    id bigint generated always as identity primary key,
    aanbieder varchar(8) not null,
    gemeente varchar(4) not null,
    maand date not null check (extract(day from maand) = 1),
    declaratienummer varchar(12),
    opmerkingen text not null default '',
    gemaakt_door text not null,
    gemaakt_op timestamptz not null,
    gewijzigd_op timestamptz not null,
    bericht uuid,
    identificatie varchar(12),
    ingediend_door text,
    ingediend_op timestamptz,
    unique (aanbieder, declaratienummer)
);

create index declaratieconcept_aanbieder on portaal.declaratieconcept (aanbieder, gemaakt_op desc);

-- One prestatie of a concept, in the order of the message. voorgesteld_volume is what the concept proposed, so a
-- correction stays visible next to it.
create table portaal.conceptprestatie (
    concept bigint not null references portaal.declaratieconcept (id) on delete cascade,
    volgnummer int not null,
    referentienummer varchar(36) not null,
    vorig_referentienummer varchar(36),
    bsn varchar(9) not null,
    toewijzingnummer bigint not null,
    productcategorie varchar(2) not null,
    productcode varchar(5),
    begindatum date not null,
    einddatum date not null,
    volume bigint not null check (volume >= 0),
    voorgesteld_volume bigint not null,
    eenheid varchar(2) not null,
    tarief bigint,
    bedrag bigint not null check (bedrag >= 0),
    debet_credit char(1) not null check (debet_credit in ('D', 'C')),
    toelichting text not null,
    primary key (concept, volgnummer)
);
