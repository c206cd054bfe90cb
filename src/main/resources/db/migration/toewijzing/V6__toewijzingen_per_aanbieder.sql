-- The aanbiedersportaal lists the toewijzingen of one aanbieder, the most recently changed first.
create index toewijzing_aanbieder_moment on toewijzing.toewijzing (aanbieder, toewijzingsmoment desc);
