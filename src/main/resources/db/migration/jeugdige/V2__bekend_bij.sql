-- A gemeente can know a jeugdige without being responsible for it: it received a verzoek om toewijzing or made a
-- toewijzing for the child while another gemeente is the woonplaats. Such a gemeente sees the file (its own part of
-- it); the woonplaats history stays as it is.
create table jeugdige.bekend_bij (
    jeugdige uuid not null references jeugdige.jeugdige (id),
    gemeente char(4) not null,
    sinds timestamptz not null,
    reden varchar(200) not null,
    primary key (jeugdige, gemeente)
);
create index bekend_bij_gemeente on jeugdige.bekend_bij (gemeente, jeugdige);

-- Today is the Dutch day, whatever the session's time zone.
create or replace view jeugdige.v_jeugdigen as
select j.pseudoniem as jeugdige_pseudoniem,
       w.gemeente,
       extract(year from j.geboortedatum)::int as geboortejaar,
       j.geslacht,
       (select count(distinct v.soort) from jeugdige.voorziening v
         where v.jeugdige = j.id and v.geldig @> (now() at time zone 'Europe/Amsterdam')::date) as lopende_voorzieningsoorten
  from jeugdige.jeugdige j
  left join jeugdige.woonplaats w on w.jeugdige = j.id and w.geldig @> (now() at time zone 'Europe/Amsterdam')::date;
