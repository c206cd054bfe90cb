package nl.jeugdregie.declaratie;

import java.util.List;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.codelijst.DebetCredit;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.toewijzing.Toewijzingnummer;

/** A stored prestatie with its outcome and, when rejected, every afkeuring with its Dutch explanation. */
public record Prestatieregel(
        String referentienummer,
        String vorigReferentienummer,
        Bsn client,
        Toewijzingnummer toewijzingnummer,
        String productcategorie,
        String productcode,
        Periode productperiode,
        long volume,
        Eenheid eenheid,
        Bedrag bedrag,
        DebetCredit debetCredit,
        boolean goedgekeurd,
        List<Afkeuring> afkeuringen) {}
