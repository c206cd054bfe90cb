-- Steering information links a besluit to the toewijzing it created and to the verwijzer (COD327) its route stands
-- for (toegang.Route); columns are appended to the view, so its readers keep working.
create or replace view toegang.v_besluiten as
select h.gemeente, h.route, h.urgentie, h.ontvangen, b.soort, b.advies_trede, b.gekozen_trede,
       b.reden_zwaarder is not null as zwaarder_dan_advies, b.productcode, b.aanbieder,
       (b.besloten_op at time zone 'Europe/Amsterdam')::date as besloten,
       b.toewijzingnummer,
       case h.route
           when 'HUISARTS' then '02'
           when 'JEUGDARTS' then '03'
           when 'GECERTIFICEERDE_INSTELLING' then '04'
           when 'MEDISCH_SPECIALIST' then '05'
           when 'ZELF' then '06'
           when 'RECHTER' then '08'
           else '01'
       end as verwijzer
  from toegang.besluit b join toegang.hulpvraag h on h.id = b.hulpvraag;
create index besluit_toewijzing on toegang.besluit (toewijzingnummer) where toewijzingnummer is not null;
