-- The client register moved to the module jeugdige, one register of jeugdigen for the whole platform. This migration
-- hands the person data kept here to it once, then drops them; toewijzing.client stays as the row every change for a
-- client of a gemeente locks, with the client's pseudonym.
-- Where two gemeenten kept data of the same child, the most recently changed data win; each gemeente that had data
-- becomes a woonplaats from the day the data were changed (the latest one open-ended).
insert into jeugdige.jeugdige (id, bsn, pseudoniem, geboortedatum, datumgebruik, geslacht, achternaam, voorvoegsel,
                               partner_achternaam, partner_voorvoegsel, voornamen, voorletters, naamgebruik, straatnaam,
                               huisnummer, huisletter, huisnummertoevoeging, postcode, plaatsnaam, gegevensbron,
                               gegevensbron_aanbieder, ingeschreven_op, gegevens_gewijzigd_op, gegevens_gewijzigd_door)
select distinct on (c.bsn)
       gen_random_uuid(), c.bsn, c.pseudoniem, c.geboortedatum, c.datumgebruik, c.geslacht, c.achternaam, c.voorvoegsel,
       c.partner_achternaam, c.partner_voorvoegsel, c.voornamen, c.voorletters, c.naamgebruik, c.straatnaam,
       c.huisnummer, c.huisletter, c.huisnummertoevoeging, c.postcode, c.plaatsnaam, c.gegevensbron,
       c.gegevensbron_aanbieder, c.gegevens_gewijzigd_op, c.gegevens_gewijzigd_op, c.gegevens_gewijzigd_door
  from toewijzing.client c
 where c.gegevensbron is not null
 order by c.bsn, c.gegevens_gewijzigd_op desc;

insert into jeugdige.woonplaats (jeugdige, gemeente, geldig, vastgelegd_op, vastgelegd_door)
select j.id, c.gemeente,
       daterange((c.gegevens_gewijzigd_op at time zone 'Europe/Amsterdam')::date,
                 lead((c.gegevens_gewijzigd_op at time zone 'Europe/Amsterdam')::date)
                     over (partition by c.bsn order by c.gegevens_gewijzigd_op)),
       c.gegevens_gewijzigd_op, c.gegevens_gewijzigd_door
  from toewijzing.client c
  join jeugdige.jeugdige j on j.bsn = c.bsn
 where c.gegevensbron is not null;

alter table toewijzing.client
    drop constraint client_naam_compleet,
    drop constraint client_gegevensbron_aanbieder,
    drop column geboortedatum, drop column datumgebruik, drop column geslacht, drop column achternaam,
    drop column voorvoegsel, drop column partner_achternaam, drop column partner_voorvoegsel, drop column voornamen,
    drop column voorletters, drop column naamgebruik, drop column straatnaam, drop column huisnummer,
    drop column huisletter, drop column huisnummertoevoeging, drop column postcode, drop column plaatsnaam,
    drop column gegevensbron, drop column gegevensbron_aanbieder, drop column gegevens_gewijzigd_op,
    drop column gegevens_gewijzigd_door;
