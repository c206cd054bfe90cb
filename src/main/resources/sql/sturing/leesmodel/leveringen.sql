-- The leveringen of the jeugdigen in :jeugdigen (pseudonyms) as the other modules show them now: every start (JW305)
-- that was not deleted, with its latest stop (JW307; a tijdelijke stop, reden 20, ends it too), the toewijzing behind
-- it and the verwijzer: the one named in the verzoek om toewijzing (JW315), otherwise the route of the gemeente's own
-- besluit, otherwise the gemeente (01).
insert into sturing.levering (gemeente, toewijzingnummer, begindatum, einddatum, reden_beeindiging, jeugdige, aanbieder,
                              productcategorie, productcode, verwijzer, geboortejaar, toegewezen_op)
select distinct on (tr.gemeente, tr.toewijzingnummer, tr.begindatum)
       tr.gemeente, tr.toewijzingnummer, tr.begindatum, tr.einddatum, tr.reden_beeindiging, tw.client_pseudoniem,
       tr.aanbieder, tr.productcategorie, tr.productcode, coalesce(tw.verwijzer, b.verwijzer, '01'), j.geboortejaar,
       coalesce(tw.eerste_toewijzingsmoment, tw.toewijzingsmoment)::date
  from toewijzing.v_toewijzingen tw
  join toewijzing.v_trajecten tr on tr.gemeente = tw.gemeente and tr.toewijzingnummer = tw.toewijzingnummer
  left join jeugdige.v_jeugdigen j on j.jeugdige_pseudoniem = tw.client_pseudoniem
  left join toegang.v_besluiten b on b.gemeente = tw.gemeente and b.toewijzingnummer = tw.toewijzingnummer
 where tw.client_pseudoniem = any(cast(:jeugdigen as bpchar[]))
 order by tr.gemeente, tr.toewijzingnummer, tr.begindatum, tr.einddatum desc nulls first
