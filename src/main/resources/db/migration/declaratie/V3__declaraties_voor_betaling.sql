-- The declaraties as received, for the payment by the gemeente's financial administration (financien): one row per
-- stored declaratie with its period, when it was received and the totals of its approved and rejected prestaties
-- (eurocent, credit lines negative). No client data.
create view declaratie.v_declaraties as
select d.id                                                            as declaratie_id,
       d.gemeente,
       d.aanbieder,
       d.declaratienummer,
       d.periode_begin,
       d.periode_eind,
       d.dagtekening,
       d.totaal_ingediend                                              as ingediend_eurocent,
       d.beoordeeld_op                                                 as ontvangen_op,
       s.aantal_goedgekeurd,
       s.aantal_afgewezen,
       s.goedgekeurd_eurocent,
       s.afgewezen_eurocent
from declaratie.declaratie d
         cross join lateral (
    select count(*) filter (where p.goedgekeurd)                                 as aantal_goedgekeurd,
           count(*) filter (where not p.goedgekeurd)                             as aantal_afgewezen,
           coalesce(sum(case when p.debet_credit = 'C' then -p.bedrag else p.bedrag end)
                        filter (where p.goedgekeurd), 0)                         as goedgekeurd_eurocent,
           coalesce(sum(case when p.debet_credit = 'C' then -p.bedrag else p.bedrag end)
                        filter (where not p.goedgekeurd), 0)                     as afgewezen_eurocent
    from declaratie.prestatie p
    where p.declaratie_id = d.id) s;

-- v_prestaties gains the ReferentieNummer of each prestatie and the one it credits or replaces, which a financial
-- administration needs to match a payment line to what the aanbieder sent. Existing columns stay as they were.
create or replace view declaratie.v_prestaties as
select p.id                    as prestatie_id,
       d.id                    as declaratie_id,
       d.declaratienummer,
       p.gemeente,
       p.aanbieder,
       p.client_pseudoniem,
       p.toewijzingnummer,
       p.productcategorie,
       p.productcode,
       p.begindatum,
       p.einddatum,
       p.volume,
       p.eenheid,
       p.producttarief         as producttarief_eurocent,
       case when p.debet_credit = 'C' then -p.bedrag else p.bedrag end as bedrag_eurocent,
       p.debet_credit,
       p.goedgekeurd,
       p.gecrediteerd,
       (select string_agg(a.retourcode, ',' order by a.retourcode) from declaratie.afkeuring a
        where a.prestatie_id = p.id) as retourcodes,
       d.beoordeeld_op,
       p.referentienummer,
       p.vorig_referentienummer
from declaratie.prestatie p
         join declaratie.declaratie d on d.id = p.declaratie_id;
