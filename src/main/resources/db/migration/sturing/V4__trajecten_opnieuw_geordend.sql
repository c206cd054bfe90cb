-- The trajecten once more in the order of traject_gebied, now that V2 has committed: the cluster in V2 ran in the same
-- transaction as its update and so still copied the row versions that update replaced, leaving the table twice its
-- size. Here those versions are gone, so the table shrinks back to its rows, still in the order of the index.
cluster sturing.traject using traject_gebied;
analyze sturing.traject;
