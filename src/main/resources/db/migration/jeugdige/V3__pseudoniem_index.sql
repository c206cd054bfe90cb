-- Reports find a jeugdige by pseudonym (jeugdige.v_jeugdigen).
create index jeugdige_pseudoniem on jeugdige.jeugdige (pseudoniem);
