package nl.jeugdregie.declaratie;

import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import nl.jeugdregie.toewijzing.Toewijzingnummer;

/** A prestatie of an earlier declaratie of the same aanbieder, as stored with its outcome. */
record EerderePrestatie(
        String referentienummer,
        Toewijzingnummer toewijzingnummer,
        Productcategorie productcategorie,
        String productcode,
        Periode productperiode,
        long volume,
        Eenheid eenheid,
        DebetCredit debetCredit,
        boolean goedgekeurd,
        boolean gecrediteerd) {}
