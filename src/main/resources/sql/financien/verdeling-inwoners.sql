-- Inwoners per gemeente for the verdeling of :jaar: the inhabitants aged 0-17 on 1 January (regio.v_jeugd_0_17) of the
-- latest year on or before :jaar, or, when the gemeente has no figure that old, of the earliest year after it; jaar
-- and geschat say which figure was taken.
select distinct on (j.gemeente)
       j.gemeente,
       j.jaar,
       j.aantal,
       j.geschat
from regio.v_jeugd_0_17 j
where j.gemeente = any (cast(:gemeenten as char(4)[]))
order by j.gemeente,
         j.jaar <= :jaar desc,
         case when j.jaar <= :jaar then -j.jaar else j.jaar end
