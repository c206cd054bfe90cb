-- Herhaald beroep (CBS): a traject of the jeugdigen in :jeugdigen is herhaald when the same jeugdige had jeugdhulp in
-- the five years before it began: another traject of jeugdhulp (not jeugdbescherming or jeugdreclassering) that began
-- earlier and had not ended five years before this one began. Otherwise nieuw beroep.
update sturing.traject t
   set herhaald = exists (
       select 1 from sturing.traject e
        where e.jeugdige = t.jeugdige
          and e.id <> t.id
          and e.begindatum < t.begindatum
          and coalesce(e.jeugdzorgvorm, '') not in ('JB', 'JR')
          and coalesce(e.einddatum, 'infinity'::date) >= (t.begindatum - interval '5 years')::date)
 where t.jeugdige = any(:jeugdigen)
