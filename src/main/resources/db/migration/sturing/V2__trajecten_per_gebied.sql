-- The trajecten read per gemeente and counted per jeugdige by a small number, so the indicators of a region answer from
-- one contiguous stretch of an index instead of rows scattered over the whole table, and count distinct jeugdigen by
-- comparing integers instead of 64-character pseudonyms. Same rows, same results.

-- A number per pseudonym, given once and kept: the trajecten of a jeugdige are rebuilt often, the number stays.
create table sturing.jeugdige (
    nr int generated always as identity primary key,
    pseudoniem varchar(64) not null unique
);

insert into sturing.jeugdige (pseudoniem)
select distinct jeugdige from sturing.traject order by 1;

alter table sturing.traject add column jeugdige_nr int;

update sturing.traject t
   set jeugdige_nr = j.nr
  from sturing.jeugdige j
 where j.pseudoniem = t.jeugdige;

alter table sturing.traject alter column jeugdige_nr set not null;

-- Everything sturing.trajecten(...) reads, in the index: a gemeente's trajecten up to a day are one range of it, read
-- without visiting the table (index-only) once vacuum has marked the pages all-visible.
drop index sturing.traject_gemeente;
create index traject_gebied on sturing.traject (gemeente, begindatum)
    include (einddatum, jeugdige_nr, jeugdzorgvorm, verwijzer, aanbieder, productcode, productcategorie, geboortejaar,
             reden_beeindiging, wachtdagen, herhaald);

-- Once, after the update above: the rows in the order of that index, without the old row versions.
cluster sturing.traject using traject_gebied;
analyze sturing.traject;

-- As in V1, but the jeugdige is its number (sturing.jeugdige.nr): the indicators only count and compare it.
drop function sturing.trajecten(varchar[], date, date, int, int, varchar, varchar, varchar, text);

create function sturing.trajecten(gemeenten varchar[], periode_begin date, periode_eind date, leeftijd_van int,
                                  leeftijd_tot int, filter_vorm varchar, filter_verwijzer varchar,
                                  filter_aanbieder varchar, uitsplitsing text)
    returns table (
        id bigint, jeugdige int, gemeente varchar, aanbieder varchar, jeugdzorgvorm varchar,
        productcategorie varchar, productcode varchar, verwijzer varchar, leeftijd int, begindatum date,
        einddatum date, reden_beeindiging varchar, wachtdagen int, herhaald boolean, met_verblijf boolean,
        jeugdhulp boolean, groep text)
    language sql stable as
$$
select t.id, t.jeugdige_nr, t.gemeente, t.aanbieder, t.jeugdzorgvorm, t.productcategorie, t.productcode, t.verwijzer,
       extract(year from periode_eind)::int - t.geboortejaar, t.begindatum, t.einddatum, t.reden_beeindiging,
       t.wachtdagen, t.herhaald, coalesce(t.jeugdzorgvorm in ('11', '12', '13', '14'), false),
       coalesce(t.jeugdzorgvorm not in ('JB', 'JR'), true),
       case uitsplitsing
           when 'gemeente' then t.gemeente
           when 'hulpvorm' then coalesce(t.jeugdzorgvorm, 'onbekend')
           when 'verwijzer' then t.verwijzer
           when 'aanbieder' then t.aanbieder
           when 'product' then coalesce(t.productcode, t.productcategorie)
           when 'leeftijd' then case
               when t.geboortejaar is null then 'onbekend'
               when extract(year from periode_eind)::int - t.geboortejaar < 4 then '0-3'
               when extract(year from periode_eind)::int - t.geboortejaar < 12 then '4-11'
               when extract(year from periode_eind)::int - t.geboortejaar < 18 then '12-17'
               else '18+' end
           when 'beroep' then case when t.herhaald then 'herhaald' else 'nieuw' end
           when 'reden' then coalesce(t.reden_beeindiging, 'lopend')
           when 'duurklasse' then case
               when t.einddatum is null then 'lopend'
               when t.einddatum < (t.begindatum + interval '3 months')::date then '0-3m'
               when t.einddatum < (t.begindatum + interval '6 months')::date then '3-6m'
               when t.einddatum < (t.begindatum + interval '1 year')::date then '6-12m'
               when t.einddatum < (t.begindatum + interval '2 years')::date then '1-2j'
               when t.einddatum < (t.begindatum + interval '3 years')::date then '2-3j'
               when t.einddatum < (t.begindatum + interval '4 years')::date then '3-4j'
               else '4j+' end
           else 'totaal'
       end
  from sturing.traject t
 where t.gemeente = any(gemeenten)
   and t.begindatum <= periode_eind
   and (t.einddatum is null or t.einddatum >= periode_begin)
   and (filter_vorm is null or coalesce(t.jeugdzorgvorm, 'onbekend') = filter_vorm)
   and (filter_verwijzer is null or t.verwijzer = filter_verwijzer)
   and (filter_aanbieder is null or t.aanbieder = filter_aanbieder)
   and (leeftijd_van is null or extract(year from periode_eind)::int - t.geboortejaar >= leeftijd_van)
   and (leeftijd_tot is null or extract(year from periode_eind)::int - t.geboortejaar <= leeftijd_tot)
$$;
