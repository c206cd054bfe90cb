package nl.jeugdregie.ijw;

import java.util.List;
import java.util.Map;

/**
 * JW316: retourbericht on a verzoek om toewijzing (JW315): the Client as sent (absent when only the Header is returned) and
 * the RetourCodes per berichtklasse path.
 */
public record Jw316(RetourHeader header, Jw315.Client client, Map<String, List<String>> retourCodes)
        implements IjwBericht, IjwBericht.Retour {}
