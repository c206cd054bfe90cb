-- Numbers for the declaraties and prestaties an aanbieder uploads as a file (declaratienummer and ReferentieNummer
-- "JU" followed by this number), so each is new without asking the declaratie module for one per line.
create sequence portaal.uploadnummer;
