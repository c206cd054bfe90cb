create schema if not exists portaal;

-- What the portal sent for an aanbieder, under the key of the request (a form's token or the Idempotency-Key of the
-- API, else a digest of the request): a repeated request finds its message here and sends nothing again.
create table portaal.indiening (
    aanbieder varchar(8) not null,
    sleutel varchar(100) not null,
    berichttype varchar(5) not null,
    bericht uuid not null,
    identificatie varchar(12) not null,
    ingediend_door text not null,
    ingediend_op timestamptz not null,
    primary key (aanbieder, sleutel)
);

create sequence portaal.berichtnummer;

-- The outcome questions of the Beleidsinformatie Jeugd (bijlage 2, chapter 4), asked at the stop of a levering:
-- per informant at most one measurement of one jeugdhulprecord (toewijzing and begindatum of the levering).
create table portaal.uitkomstmeting (
    gemeente varchar(4) not null,
    toewijzingnummer bigint not null,
    aanbieder varchar(8) not null,
    begindatum date not null,
    einddatum date not null,
    informant varchar(8) not null check (informant in ('JEUGDIGE', 'OUDER')),
    verder_zonder_hulp varchar(2) check (verder_zonder_hulp in ('01', '02', '03', '04')),
    tevredenheid smallint check (tevredenheid between 1 and 10),
    doelen varchar(7) check (doelen in ('BEREIKT', 'DEELS', 'NIET')),
    vastgelegd_door text not null,
    vastgelegd_op timestamptz not null,
    primary key (gemeente, toewijzingnummer, begindatum, informant)
);

-- One row per measured outcome of a levering, without the jeugdige: for the sturingsinformatie.
create view portaal.v_uitkomstmetingen as
select gemeente, toewijzingnummer, aanbieder, begindatum, einddatum, informant, verder_zonder_hulp, tevredenheid,
       doelen, vastgelegd_op
  from portaal.uitkomstmeting;
