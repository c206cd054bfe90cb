package nl.jeugdregie.ijw;

import java.util.List;
import java.util.Map;

/**
 * JW320: retourbericht on a antwoord (JW319): the Antwoord as sent (absent when only the Header is returned) and
 * the RetourCodes per berichtklasse path.
 */
public record Jw320(RetourHeader header, Jw319.Antwoord antwoord, Map<String, List<String>> retourCodes)
        implements IjwBericht, IjwBericht.Retour {}
