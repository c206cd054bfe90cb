-- Tarieven: per aanbieder and product the contract tariff that applies on :peildatum, with its eenheid (iJw
-- WMO757/JZ757 code); when two contracts of the aanbieder have a tariff for the product on that day, the lowest
-- contractnummer counts, as in the declaratie check and verplichtingen.sql.
select distinct on (cp.agb, cp.productcode)
       cp.agb,
       cp.productcode,
       cp.eenheid,
       cp.tarief_eurocent
from inkoop.v_contractproducten cp
where cp.tarief_eurocent is not null
  and cp.tarief_eurocent > 0
  and cp.tarief_begindatum <= :peildatum
  and coalesce(cp.tarief_einddatum, date 'infinity') >= :peildatum
order by cp.agb, cp.productcode, cp.contractnummer
