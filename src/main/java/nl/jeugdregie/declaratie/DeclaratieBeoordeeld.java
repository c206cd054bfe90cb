package nl.jeugdregie.declaratie;

import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * A declaratie was checked; the JW325 can be written. Carries no BSN. {@code declaratieId} is empty when the whole
 * declaratie was rejected and therefore not stored (IV087: treated as never sent).
 */
public record DeclaratieBeoordeeld(
        Long declaratieId,
        GemeenteCode gemeente,
        AgbCode aanbieder,
        String declaratienummer,
        int prestaties,
        int afgewezen,
        Bedrag totaalIngediend,
        Bedrag totaalToegekend) {}
