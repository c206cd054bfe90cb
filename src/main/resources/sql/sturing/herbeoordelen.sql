-- The running jeugdhulp trajecten of the gemeenten :gemeenten that on :peildatum already last longer than the review
-- norm of the region (one year without verblijf, two years with verblijf), exactly the trajecten the indicator
-- lopende-trajecten-langer-dan-reviewnorm counts, furthest past the norm first. Each with the toewijzingen whose
-- levering still runs within it (same jeugdige, gemeente, aanbieder and jeugdzorgvorm), so a toegang worker can open
-- them and ask: does the help work, can the jeugdige go on with lighter help or without? At most :maximum rows; totaal
-- counts them all.
with lopend as (
    select t.*, coalesce(t.jeugdzorgvorm in ('11', '12', '13', '14'), false) as met_verblijf
      from sturing.traject t
     where t.gemeente = any(cast(:gemeenten as varchar[]))
       and t.begindatum <= cast(:peildatum as date)
       and (t.einddatum is null or t.einddatum >= cast(:peildatum as date))
       and coalesce(t.jeugdzorgvorm not in ('JB', 'JR'), true)
), te_lang as (
    select l.*, cast(:peildatum as date) - l.begindatum + 1 as dagen,
           case when l.met_verblijf then 730 else 365 end as normdagen
      from lopend l
     where l.begindatum <= (cast(:peildatum as date)
                            - case when l.met_verblijf then interval '2 years' else interval '1 year' end)::date
)
select t.jeugdige, t.gemeente, t.aanbieder, t.jeugdzorgvorm, t.productcategorie, t.productcode, t.begindatum,
       t.dagen, t.normdagen, t.met_verblijf, count(*) over () as totaal,
       array(select s.toewijzingnummer
               from sturing.levering s
               left join inkoop.v_producten p on p.productcode = s.productcode
               left join sturing.categorievorm c on s.productcode is null and c.productcategorie = s.productcategorie
              where s.jeugdige = t.jeugdige and s.gemeente = t.gemeente and s.aanbieder = t.aanbieder
                and coalesce(p.jeugdzorgvorm, c.jeugdzorgvorm) is not distinct from t.jeugdzorgvorm
                and s.begindatum >= t.begindatum
                and (s.einddatum is null or s.einddatum >= cast(:peildatum as date))
              order by s.begindatum desc, s.toewijzingnummer) as toewijzingen
  from te_lang t
 order by t.dagen - t.normdagen desc, t.gemeente, t.begindatum
 limit :maximum
