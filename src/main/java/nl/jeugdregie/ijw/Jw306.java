package nl.jeugdregie.ijw;

import java.util.List;
import java.util.Map;

/**
 * JW306: retourbericht on a start (JW305): the Client as sent (absent when only the Header is returned) and
 * the RetourCodes per berichtklasse path.
 */
public record Jw306(RetourHeader header, Jw305.Client client, Map<String, List<String>> retourCodes)
        implements IjwBericht, IjwBericht.Retour {}
