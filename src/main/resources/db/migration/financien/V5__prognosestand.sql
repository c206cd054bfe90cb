-- The kept monthly standen of the prognose: per gemeente and year the prognose as it was first computed in a month (on
-- the first view of that month, or by the job early in the month), so the next month can show how it moved and why.
-- Per CBS jeugdzorgvorm the parts of the prognose, and per jeugdzorgvorm, product and eenheid the known part
-- (realisatie + verplichtingen) with the units of care it pays for, which splits price from volume. A stand is
-- written once (insert ... on conflict do nothing: with several nodes one insert wins) and never changed: it is the
-- history.
create table financien.prognosestand (
    gemeente char(4) not null check (gemeente ~ '^[0-9]{4}$'),
    jaar int not null check (jaar between 2015 and 2100),
    -- The first day of the month of the stand.
    maand date not null check (extract(day from maand) = 1),
    peildatum date not null,
    berekend_op timestamptz not null,
    primary key (gemeente, jaar, maand)
);

create table financien.prognosestand_hulpvorm (
    gemeente char(4) not null,
    jaar int not null,
    maand date not null,
    jeugdzorgvorm varchar(8) not null,
    realisatie_eurocent bigint not null,
    verplichtingen_eurocent bigint not null,
    instroom_eurocent bigint not null,
    instroom_laag_eurocent bigint not null,
    instroom_hoog_eurocent bigint not null,
    primary key (gemeente, jaar, maand, jeugdzorgvorm),
    foreign key (gemeente, jaar, maand) references financien.prognosestand
);

create table financien.prognosestand_eenheid (
    gemeente char(4) not null,
    jaar int not null,
    maand date not null,
    jeugdzorgvorm varchar(8) not null,
    productcategorie varchar(2) not null,
    -- Empty for an aspecifieke toewijzing.
    productcode varchar(5) not null,
    -- The iJw eenheid, budget for a budget toewijzing, empty when unknown.
    eenheid varchar(8) not null,
    eurocent bigint not null,
    eenheden numeric not null,
    primary key (gemeente, jaar, maand, jeugdzorgvorm, productcategorie, productcode, eenheid),
    foreign key (gemeente, jaar, maand) references financien.prognosestand
);

-- The history is never overwritten.
create function financien.prognosestand_onveranderlijk() returns trigger
    language plpgsql as
$$
begin
    raise exception 'Een bewaarde stand van de prognose wordt niet gewijzigd';
end;
$$;

create trigger onveranderlijk before update or delete on financien.prognosestand
    for each row execute function financien.prognosestand_onveranderlijk();
create trigger onveranderlijk before update or delete on financien.prognosestand_hulpvorm
    for each row execute function financien.prognosestand_onveranderlijk();
create trigger onveranderlijk before update or delete on financien.prognosestand_eenheid
    for each row execute function financien.prognosestand_onveranderlijk();
