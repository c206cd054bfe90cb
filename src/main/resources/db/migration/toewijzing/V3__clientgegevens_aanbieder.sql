-- The source of gegevens in the client register down to the aanbieder: gegevens taken over from a verzoek om
-- toewijzing (JW315) keep the AGB code of the aanbieder that sent it, so that a verzoek of another aanbieder never
-- overwrites them (the gemeente's own gegevens were already never overwritten).
alter table toewijzing.client add column gegevensbron_aanbieder char(8);

-- Gegevens taken over before this column existed came from the latest verzoek om toewijzing of the client.
update toewijzing.client c
   set gegevensbron_aanbieder = (select v.aanbieder
                                   from toewijzing.verzoek v
                                  where v.gemeente = c.gemeente and v.bsn = c.bsn and v.soort = 'VOT'
                                  order by v.id desc
                                  limit 1)
 where c.gegevensbron = 'VERZOEK';

alter table toewijzing.client
    add constraint client_gegevensbron_aanbieder check (gegevensbron_aanbieder is null or gegevensbron = 'VERZOEK');
