package nl.jeugdregie.ijw;

import java.util.List;
import java.util.Map;

/**
 * JW308: retourbericht on a stop (JW307): the Client as sent (absent when only the Header is returned) and
 * the RetourCodes per berichtklasse path.
 */
public record Jw308(RetourHeader header, Jw307.Client client, Map<String, List<String>> retourCodes)
        implements IjwBericht, IjwBericht.Retour {}
