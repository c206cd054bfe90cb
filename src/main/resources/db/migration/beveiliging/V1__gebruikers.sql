-- Local user store: users with a hashed password, their roles and their scope.
create schema if not exists beveiliging;

create table beveiliging.gebruiker (
    gebruikersnaam varchar(100) primary key check (gebruikersnaam ~ '^[a-z0-9._@-]+$'),
    naam text not null,
    organisatie text not null,
    wachtwoord text not null,
    actief boolean not null default true,
    aanbieder char(8) check (aanbieder ~ '^[0-9]{8}$'),
    aangemaakt timestamptz not null default now()
);

create table beveiliging.gebruiker_rol (
    gebruikersnaam varchar(100) not null references beveiliging.gebruiker on delete cascade,
    rol varchar(20) not null check (rol in ('TOEGANG', 'BACKOFFICE', 'INKOOP', 'ANALIST', 'AANBIEDER', 'BEHEERDER')),
    primary key (gebruikersnaam, rol)
);

create table beveiliging.gebruiker_gemeente (
    gebruikersnaam varchar(100) not null references beveiliging.gebruiker on delete cascade,
    gemeente char(4) not null check (gemeente ~ '^[0-9]{4}$'),
    primary key (gebruikersnaam, gemeente)
);
