package nl.jeugdregie.declaratie;

import java.time.OffsetDateTime;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.Periode;

/** A stored declaratie with its totals, for lists. No personal data. */
public record Declaratieoverzicht(
        long id,
        GemeenteCode gemeente,
        AgbCode aanbieder,
        String declaratienummer,
        Periode declaratieperiode,
        Bedrag totaalIngediend,
        Bedrag totaalToegekend,
        int prestaties,
        int afgewezen,
        OffsetDateTime beoordeeldOp) {}
