-- The costs of a gemeente in a range of months as one stretch of an index with every column the cost indicators read,
-- so a region's year is read without visiting the table rows scattered by years of upserts. Same rows, same results.
create index kosten_gebied on sturing.kosten (gemeente, maand)
    include (aanbieder, productcategorie, productcode, eenheid, bedrag, volume, prestaties);
