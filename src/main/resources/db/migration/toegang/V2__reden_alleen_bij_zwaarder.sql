-- A reason is kept when the chosen step is heavier than the advice; a lighter step needs none. The ladder's order
-- lives in the application, so the application checks it; the database keeps that a heavier choice without reason can
-- never be stored for the steps it knows.
alter table toegang.besluit drop constraint besluit_check1;
alter table toegang.besluit add constraint besluit_zwaarder_met_reden check (
    reden_zwaarder is not null or gekozen_trede is null or advies_trede is null or soort = 'AFGEWEZEN'
    or array_position(array['GEEN_HULP', 'VOORLIGGEND', 'AMBULANT', 'DAGHULP', 'GEZINSVORM', 'RESIDENTIEEL', 'GESLOTEN'],
                      gekozen_trede::text)
       <= array_position(array['GEEN_HULP', 'VOORLIGGEND', 'AMBULANT', 'DAGHULP', 'GEZINSVORM', 'RESIDENTIEEL', 'GESLOTEN'],
                         advies_trede::text));

-- Consent recorded after the hulpvraag (for instance on a verzoek a huisarts sent): who gave it and when.
alter table toegang.hulpvraag add column toestemming_op timestamptz;
