-- The view joined the client of every toewijzing for its pseudonym, also for readers that never ask for it: the
-- financial picture of the whole country paid one index lookup per toewijzing for a column it does not read. Every
-- toewijzing has its client (foreign key on gemeente and bsn, the client's primary key), so a left join gives the same
-- rows, and PostgreSQL leaves it out of any query that does not read the pseudonym. Same columns, same order.
create or replace view toewijzing.v_toewijzingen as
select t.gemeente,
       t.nummer as toewijzingnummer,
       c.pseudoniem as client_pseudoniem,
       t.aanbieder,
       t.productcategorie,
       t.productcode,
       lower(t.geldig) as ingangsdatum,
       upper(t.geldig) - 1 as einddatum,
       t.volume,
       t.eenheid,
       t.frequentie,
       t.budget,
       t.reden_wijziging,
       t.vervallen,
       t.versie,
       t.toewijzingsmoment,
       -- The verwijzer (COD327) the aanbieder named in the verzoek om toewijzing (JW315) this toewijzing answered;
       -- null when the gemeente gave it on its own initiative.
       (select r.verwijzer
          from toewijzing.aanvraag a
          join toewijzing.verzoek v on v.id = a.verzoek_id and v.soort = 'VOT'
          join toewijzing.verzoekregel r on r.aanvraag_id = a.id
         where a.aanbieder = t.aanbieder and a.referentie = t.referentie_aanbieder and r.verwijzer is not null
         order by r.id
         limit 1) as verwijzer,
       -- The moment of the first version: when the first JW301 for this toewijzing was made.
       (select min(tv.op) from toewijzing.toewijzingsversie tv
         where tv.gemeente = t.gemeente and tv.nummer = t.nummer) as eerste_toewijzingsmoment
from toewijzing.toewijzing t
         left join toewijzing.client c on c.gemeente = t.gemeente and c.bsn = t.bsn;
