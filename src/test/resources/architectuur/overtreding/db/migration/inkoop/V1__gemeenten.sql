-- Reads a base table of regio instead of its view regio.v_lidmaatschap.
create view inkoop.v_gemeenten as
select code, naam from regio.gemeente;
