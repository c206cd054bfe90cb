package nl.jeugdregie.ijw;

import java.util.List;
import java.util.Map;

/**
 * JW318: retourbericht on a verzoek om wijziging (JW317): the Client as sent (absent when only the Header is returned) and
 * the RetourCodes per berichtklasse path.
 */
public record Jw318(RetourHeader header, Jw317.Client client, Map<String, List<String>> retourCodes)
        implements IjwBericht, IjwBericht.Retour {}
