package nl.jeugdregie.ijw;

import java.util.List;
import java.util.Map;

/**
 * JW302: retourbericht on a toewijzing (JW301): the Client as sent (absent when only the Header is returned) and
 * the RetourCodes per berichtklasse path.
 */
public record Jw302(RetourHeader header, Jw301.Client client, Map<String, List<String>> retourCodes)
        implements IjwBericht, IjwBericht.Retour {}
