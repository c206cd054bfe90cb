-- Messages the aanbiedersportaal makes from a form or a JSON request are taken in like any other, on a channel of
-- their own.
alter table berichtenverkeer.bericht drop constraint bericht_kanaal_check;
alter table berichtenverkeer.bericht
    add constraint bericht_kanaal_check check (kanaal in ('UPLOAD', 'API', 'MAP', 'SYSTEEM', 'PORTAAL'));
