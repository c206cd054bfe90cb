-- The client register: what a JW301 carries about the client besides the BSN. Filled by the gemeente or, until the
-- gemeente enters its own data, from the aanbieder's verzoek om toewijzing (JW315).
alter table toewijzing.client
    add column geboortedatum date,
    add column datumgebruik char(1),
    add column geslacht char(1),
    add column achternaam varchar(200),
    add column voorvoegsel varchar(10),
    add column partner_achternaam varchar(200),
    add column partner_voorvoegsel varchar(10),
    add column voornamen varchar(200),
    add column voorletters varchar(6),
    add column naamgebruik char(1),
    add column straatnaam varchar(24),
    add column huisnummer integer check (huisnummer between 1 and 99999),
    add column huisletter char(1),
    add column huisnummertoevoeging varchar(4),
    add column postcode char(6) check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    add column plaatsnaam varchar(80),
    add column gegevensbron varchar(10) check (gegevensbron in ('GEMEENTE', 'VERZOEK')),
    add column gegevens_gewijzigd_op timestamptz,
    add column gegevens_gewijzigd_door text,
    add constraint client_naam_compleet check (gegevensbron is null or (geboortedatum is not null and geslacht is not null
        and achternaam is not null and naamgebruik is not null));
