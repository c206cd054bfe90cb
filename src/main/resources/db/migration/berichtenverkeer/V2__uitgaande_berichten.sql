-- Outgoing heenberichten (JW301, JW319) follow their own course: ready, fetched by the aanbieder or marked as sent,
-- then confirmed (a retourbericht without errors) or sent back (a retourbericht with retourcodes).
alter table berichtenverkeer.bericht drop constraint bericht_status_check;
alter table berichtenverkeer.bericht add constraint bericht_status_check check (status in (
    'ONTVANGEN', 'VERWERKT', 'AFGEKEURD', 'DUBBEL', 'KLAAR', 'OPGEHAALD', 'VERZONDEN', 'BEVESTIGD', 'TERUGGEWEZEN'));

-- A JW301 is sent once the client's gegevens are complete; until then its toewijzingen wait here, and the outbox
-- shows them. Sent as soon as the gemeente completes the gegevens.
create table berichtenverkeer.wachtend_toewijzingsbericht (
    gemeente char(4) not null,
    toewijzingnummer bigint not null,
    aanbieder varchar(8) not null,
    sinds timestamptz not null,
    ontbreekt text not null,
    primary key (gemeente, toewijzingnummer)
);

-- Incoming retourberichten find the outgoing heenbericht they answer by its Identificatie.
create index bericht_uit_identificatie on berichtenverkeer.bericht (ontvanger, berichttype, identificatie)
    where richting = 'UIT';
