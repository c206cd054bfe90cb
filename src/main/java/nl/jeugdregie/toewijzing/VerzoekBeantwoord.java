package nl.jeugdregie.toewijzing;

import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.GemeenteCode;

/** The gemeente answered a verzoek with a JW319 antwoordbericht: in onderzoek or afgewezen. */
public record VerzoekBeantwoord(GemeenteCode gemeente, AgbCode aanbieder, Bsn client, Antwoord antwoord) {}
