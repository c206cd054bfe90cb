-- Reads regio only through its published view; regio.gemeente in a comment does not count.
create view inkoop.v_gemeenten as
select gemeente, jeugdregio from regio.v_lidmaatschap;
