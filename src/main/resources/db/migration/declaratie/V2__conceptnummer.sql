-- The numbers of a concept declaratie (its DeclaratieNummer and the ReferentieNummers of its prestaties) come from one
-- sequence, so two concepts of the same aanbieder never propose the same number (TR314, TR333). A number an aanbieder
-- already used itself is skipped by the service.
create sequence declaratie.conceptnummer;
