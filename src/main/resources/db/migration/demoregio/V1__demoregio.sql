-- The demo region's own bookkeeping while it builds its history: how far the load is (one row), and every step
-- already taken with what it produced (a jeugdige's id, a toewijzingnummer), so a load that stopped resumes
-- where it was. The history itself lives in the other modules, written through their services and the inbox.
create schema if not exists demoregio;

create table demoregio.voortgang (
    id                    int primary key default 1 check (id = 1),
    status                varchar(20) not null,
    eenheid               int not null default 0,
    eenheden              int not null,
    gestart_op            timestamptz not null,
    klaar_op              timestamptz,
    berichten             int not null default 0,
    geweigerd             int not null default 0,
    afgekeurde_prestaties int not null default 0,
    fouten                int not null default 0,
    toelichting           text
);

create table demoregio.stap (
    sleutel varchar(60) primary key,
    waarde  varchar(60)
);
