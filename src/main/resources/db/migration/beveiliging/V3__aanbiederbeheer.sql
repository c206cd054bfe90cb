-- A medewerker of a zorgaanbieder may manage the accounts of its colleagues (same AGB code): role AANBIEDERBEHEER.
alter table beveiliging.gebruiker_rol drop constraint gebruiker_rol_rol_check;
alter table beveiliging.gebruiker_rol add constraint gebruiker_rol_rol_check
    check (rol in ('TOEGANG', 'BACKOFFICE', 'INKOOP', 'ANALIST', 'AANBIEDER', 'AANBIEDERBEHEER', 'BEHEERDER'));
