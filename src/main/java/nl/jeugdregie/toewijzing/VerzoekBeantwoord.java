package nl.jeugdregie.toewijzing;

import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * The gemeente answered a verzoek with a JW319 antwoordbericht from {@code gemeente} to {@code aanbieder}: in onderzoek
 * or afgewezen. Everything the JW319 carries is in {@link Antwoord}.
 */
public record VerzoekBeantwoord(GemeenteCode gemeente, AgbCode aanbieder, Antwoord antwoord) {}
