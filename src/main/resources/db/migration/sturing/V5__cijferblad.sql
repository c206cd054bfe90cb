-- The answers of the indicators kept as computed, so a dashboard view reads them instead of computing them again, and
-- the changes of the read models per gemeente, so an answer is used only while nothing it was computed from changed.
--
-- Whether an answer is still current is decided with PostgreSQL's own visibility: an answer keeps the snapshot its
-- computation started from, a change keeps the transaction that made it. The answer is current as long as every change
-- to one of its gemeenten is visible in that snapshot. This holds whatever order transactions commit in, which a
-- counter or a timestamp cannot promise.

-- One row per gemeente per transaction that changed its trajecten, costs or declaratie judgements; written by the
-- triggers below on every path (events, rebuild, bulk loads), so no path can forget it.
create table sturing.wijziging (
    gemeente varchar(4) not null,
    xid xid8 not null,
    primary key (gemeente, xid)
);

-- Changes older than this transaction are forgotten: every stored answer sees them. An answer whose snapshot is older
-- is not stored (it might need a forgotten change to be judged); writers of answers share-lock this row, the cleanup
-- takes it exclusively, so the two never cross.
create table sturing.snoeigrens (
    enig boolean primary key default true check (enig),
    xid xid8 not null
);

insert into sturing.snoeigrens (xid) values ('0');

create function sturing.markeer_wijziging() returns trigger
    language plpgsql as
$$
begin
    insert into sturing.wijziging (gemeente, xid)
    select distinct gemeente, pg_current_xact_id() from gewijzigd where gemeente is not null
        on conflict do nothing;
    return null;
end
$$;

-- An update can move a row to another gemeente: both the old and the new one changed.
create function sturing.markeer_bijwerking() returns trigger
    language plpgsql as
$$
begin
    insert into sturing.wijziging (gemeente, xid)
    select distinct gemeente, pg_current_xact_id()
      from (select gemeente from oud union select gemeente from nieuw) g
     where gemeente is not null
        on conflict do nothing;
    return null;
end
$$;

create trigger traject_ingevoegd after insert on sturing.traject
    referencing new table as gewijzigd for each statement execute function sturing.markeer_wijziging();
create trigger traject_verwijderd after delete on sturing.traject
    referencing old table as gewijzigd for each statement execute function sturing.markeer_wijziging();
create trigger traject_bijgewerkt after update on sturing.traject
    referencing old table as oud new table as nieuw for each statement execute function sturing.markeer_bijwerking();

create trigger kosten_ingevoegd after insert on sturing.kosten
    referencing new table as gewijzigd for each statement execute function sturing.markeer_wijziging();
create trigger kosten_verwijderd after delete on sturing.kosten
    referencing old table as gewijzigd for each statement execute function sturing.markeer_wijziging();
create trigger kosten_bijgewerkt after update on sturing.kosten
    referencing old table as oud new table as nieuw for each statement execute function sturing.markeer_bijwerking();

create trigger declaratieoordeel_ingevoegd after insert on sturing.declaratieoordeel
    referencing new table as gewijzigd for each statement execute function sturing.markeer_wijziging();
create trigger declaratieoordeel_verwijderd after delete on sturing.declaratieoordeel
    referencing old table as gewijzigd for each statement execute function sturing.markeer_wijziging();
create trigger declaratieoordeel_bijgewerkt after update on sturing.declaratieoordeel
    referencing old table as oud new table as nieuw for each statement execute function sturing.markeer_bijwerking();

-- The answer of one indicator for one area (a gemeente, or the gemeenten of the region) and one selection: its rows
-- before names and suppression, as computed from the read models seen by the snapshot `momentopname`. `bronnen` is
-- the fingerprint of the other modules' views it also read (the product catalogue, the population); a different
-- fingerprint makes it outdated as well. `vraag` holds the selection, so it can be computed again in the background.
create table sturing.cijferblad (
    sleutel text primary key,
    indicator text not null,
    gemeenten varchar(4)[] not null,
    vraag jsonb not null,
    momentopname pg_snapshot not null,
    bronnen text not null,
    rijen jsonb not null,
    berekend_op timestamptz not null,
    rekentijd_ms int not null,
    gevraagd_op timestamptz not null
);

create index cijferblad_gevraagd on sturing.cijferblad (gevraagd_op);
