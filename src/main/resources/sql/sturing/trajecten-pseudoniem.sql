-- The trajecten (CBS, after merging) of the gemeenten :gemeenten that overlap the period :begin to :eind, one row each,
-- with everything the indicators use. The jeugdige appears as a pseudonym made for exports (a hash of the platform's
-- own keyed pseudonym): the rows of one jeugdige stay linked, the platform's records and the BSN stay out of reach.
select substr(encode(sha256(convert_to('jeugdregie-sturing-export:' || t.jeugdige, 'UTF8')), 'hex'), 1, 20) as pseudoniem,
       t.jeugdige, t.gemeente, coalesce(t.jeugdzorgvorm, 'onbekend') as jeugdzorgvorm, t.productcategorie,
       t.productcode, t.aanbieder, t.verwijzer, t.begindatum, t.einddatum, t.reden_beeindiging
  from sturing.traject t
 where t.gemeente = any(cast(:gemeenten as varchar[]))
   and t.begindatum <= :eind
   and (t.einddatum is null or t.einddatum >= :begin)
 order by t.gemeente, t.begindatum, pseudoniem
