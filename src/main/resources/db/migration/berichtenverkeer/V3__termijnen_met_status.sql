-- Steering information counts rejected messages per gemeente and period: the status is appended to the view, and
-- received messages are found by recipient and date.
create or replace view berichtenverkeer.v_termijnen as
select h.id, h.berichttype, h.afzender, h.ontvanger, h.ontvangen_op, h.termijn,
       r.ontvangen_op as retour_op,
       (r.id is not null and r.ontvangen_op::date <= h.termijn) as op_tijd,
       h.status
from berichtenverkeer.bericht h
         left join berichtenverkeer.bericht r on r.heenbericht = h.id and r.richting = 'UIT'
where h.richting = 'IN';

create index bericht_in_per_ontvanger on berichtenverkeer.bericht (ontvanger, ontvangen_op) where richting = 'IN';
