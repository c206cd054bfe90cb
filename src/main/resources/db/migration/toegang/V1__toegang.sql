-- The gemeente's toegang: hulpvragen from every route, their triage, the besluit with its beschikking, and one plan
-- with goals per jeugdige. A jeugdige is the id in the register of module jeugdige.
create schema if not exists toegang;

create table toegang.hulpvraag (
    id uuid primary key,
    jeugdige uuid not null,
    gemeente char(4) not null,
    route varchar(30) not null,
    verwijzer_code char(2) not null,
    verwijzer_agb char(8),
    verwijzer_naam varchar(200),
    -- The day of the aanvraag: the Awb term runs from here.
    ontvangen date not null,
    omschrijving text not null,
    urgentie varchar(10) not null check (urgentie in ('NORMAAL', 'SPOED', 'CRISIS')),
    toestemming boolean not null,
    toestemming_door varchar(200),
    -- A jeugdbeschermingsmaatregel or court order: the gemeente must arrange help.
    maatregel varchar(200),
    machtiging_gesloten boolean not null default false,
    status varchar(12) not null check (status in ('OPEN', 'BESLOTEN', 'INGETROKKEN')),
    uiterlijk date not null,
    verlengd_tot date,
    verlenging_reden text,
    verzoek_aanbieder char(8),
    verzoek_referentie varchar(36),
    aangemaakt_op timestamptz not null,
    aangemaakt_door text not null
);
-- One open hulpvraag per route and jeugdige within a gemeente.
create unique index hulpvraag_een_open_per_route on toegang.hulpvraag (gemeente, jeugdige, route) where status = 'OPEN';
create index hulpvraag_jeugdige on toegang.hulpvraag (jeugdige);
create index hulpvraag_werkvoorraad on toegang.hulpvraag (gemeente, uiterlijk) where status = 'OPEN';
create unique index hulpvraag_verzoek on toegang.hulpvraag (verzoek_aanbieder, verzoek_referentie)
    where verzoek_referentie is not null;

-- The triage of a hulpvraag; the latest version counts. The domains and the participants vary with the form, so they
-- are jsonb: {"opvoeding": {"ernst": 2, "krachten": "...", "zorgen": "..."}, ...} and [{"rol": "jeugdige", ...}].
create table toegang.triage (
    hulpvraag uuid not null references toegang.hulpvraag (id),
    versie integer not null,
    domeinen jsonb not null,
    zorgen_veiligheid boolean not null,
    meldcode_doorlopen boolean not null,
    veilig_thuis_betrokken boolean not null,
    thuis_veilig boolean not null,
    urgentie varchar(10) not null,
    deelnemers jsonb not null,
    wens_jeugdige text,
    advies_trede varchar(20) not null,
    vastgelegd_op timestamptz not null,
    vastgelegd_door text not null,
    primary key (hulpvraag, versie)
);

create table toegang.besluit (
    id uuid primary key,
    hulpvraag uuid not null unique references toegang.hulpvraag (id),
    soort varchar(16) not null check (soort in ('TOEGEKEND', 'DEELS_TOEGEKEND', 'AFGEWEZEN')),
    advies_trede varchar(20),
    gekozen_trede varchar(20),
    -- Choosing heavier help than advised needs a reason; steering counts these.
    reden_zwaarder text,
    motivering text not null,
    productcode varchar(5),
    aanbieder char(8),
    ingangsdatum date,
    einddatum date,
    volume integer,
    eenheid char(2),
    frequentie char(1),
    toewijzingnummer bigint,
    besloten_op timestamptz not null,
    besloten_door text not null,
    check (soort = 'AFGEWEZEN' or (productcode is not null and aanbieder is not null and toewijzingnummer is not null)),
    check (reden_zwaarder is not null or gekozen_trede is null or advies_trede is null or gekozen_trede = advies_trede
           or soort = 'AFGEWEZEN')
);

-- The beschikking as sent: the PDF exactly as generated, with its SHA-256, never changed.
create table toegang.beschikking (
    id uuid primary key,
    besluit uuid not null unique references toegang.besluit (id),
    kenmerk varchar(40) not null unique,
    dagtekening date not null,
    pdf bytea not null,
    sha256 char(64) not null,
    aangemaakt_op timestamptz not null
);
create sequence toegang.beschikkingnummer;

-- One plan per jeugdige (one family, one plan), with goals agreed with the family and their evaluation.
create table toegang.doel (
    id uuid primary key,
    jeugdige uuid not null,
    gemeente char(4) not null,
    omschrijving text not null,
    afgesproken_met varchar(200) not null,
    evaluatiedatum date not null,
    uitkomst varchar(12) check (uitkomst in ('BEHAALD', 'DEELS', 'NIET')),
    evaluatie text,
    geevalueerd_op date,
    vastgelegd_op timestamptz not null,
    vastgelegd_door text not null
);
create index doel_jeugdige on toegang.doel (jeugdige);

-- SQL API of this module (no jeugdige id, no text): per besluit the route, the advised and chosen step, for steering.
create view toegang.v_besluiten as
select h.gemeente, h.route, h.urgentie, h.ontvangen, b.soort, b.advies_trede, b.gekozen_trede,
       b.reden_zwaarder is not null as zwaarder_dan_advies, b.productcode, b.aanbieder,
       (b.besloten_op at time zone 'Europe/Amsterdam')::date as besloten
  from toegang.besluit b join toegang.hulpvraag h on h.id = b.hulpvraag;
