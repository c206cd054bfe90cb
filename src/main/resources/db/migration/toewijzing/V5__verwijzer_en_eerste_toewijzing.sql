-- Steering information needs, per toewijzing, who referred the client and when the first JW301 went out (the start of
-- the real waiting time), and finds a client's toewijzingen by pseudonym. Columns are appended to the view, so its
-- readers keep working.
create index client_pseudoniem on toewijzing.client (pseudoniem);

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
         join toewijzing.client c on c.gemeente = t.gemeente and c.bsn = t.bsn;
