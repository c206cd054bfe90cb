package nl.jeugdregie.inkoop;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.jeugdregie.platform.OngeldigeInvoer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an uploaded list (JSON or CSV) into rows of named values, so each import deals with fields,
 * not formats. JSON: an array of objects, or an object holding such an array (e.g. {@code rows},
 * {@code products}). CSV: a header line, then one line per row, separated by semicolons, commas or
 * tabs, with double quotes around values that need them. Keys are lower case.
 */
final class Bronbestand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Bronbestand() {}

    /** The rows of the file; a file that is neither readable JSON nor CSV is an {@link OngeldigeInvoer}. */
    static List<Map<String, Object>> lees(byte[] inhoud) {
        String tekst = new String(inhoud, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String begin = tekst.stripLeading();
        if (begin.isEmpty()) {
            throw new OngeldigeInvoer("bestand", "Het bestand is leeg");
        }
        if (begin.startsWith("{") || begin.startsWith("[")) {
            return leesJson(tekst);
        }
        return leesCsv(tekst);
    }

    private static List<Map<String, Object>> leesJson(String tekst) {
        JsonNode wortel;
        try {
            wortel = JSON.readTree(tekst);
        } catch (JacksonException e) {
            throw new OngeldigeInvoer("bestand", "Het bestand is geen geldige JSON: " + e.getOriginalMessage());
        }
        JsonNode lijst = wortel;
        if (wortel.isObject()) {
            lijst = wortel.properties().stream()
                    .map(Map.Entry::getValue)
                    .filter(JsonNode::isArray)
                    .findFirst()
                    .orElseThrow(() -> new OngeldigeInvoer("bestand", "Het JSON-bestand bevat geen lijst met regels"));
        }
        List<Map<String, Object>> rijen = new ArrayList<>();
        for (JsonNode element : lijst.values()) {
            Map<String, Object> rij = new LinkedHashMap<>();
            if (element.isObject()) {
                element.properties().forEach(e -> rij.put(e.getKey().toLowerCase(Locale.ROOT), waarde(e.getValue())));
            }
            rijen.add(rij);
        }
        return rijen;
    }

    private static Object waarde(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            return node.values().stream().map(Bronbestand::waarde).toList();
        }
        if (node.isObject()) {
            return node.toString();
        }
        return node.asString();
    }

    private static List<Map<String, Object>> leesCsv(String tekst) {
        List<List<String>> regels = csvRegels(tekst);
        if (regels.isEmpty()) {
            throw new OngeldigeInvoer("bestand", "Het bestand is leeg");
        }
        List<String> kop = regels.get(0).stream()
                .map(k -> k.trim().toLowerCase(Locale.ROOT))
                .toList();
        if (kop.size() < 2) {
            throw new OngeldigeInvoer(
                    "bestand", "Het bestand is geen JSON en geen CSV met een kopregel (scheidingsteken ; , of tab)");
        }
        List<Map<String, Object>> rijen = new ArrayList<>();
        for (List<String> regel : regels.subList(1, regels.size())) {
            if (regel.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, Object> rij = new LinkedHashMap<>();
            for (int i = 0; i < kop.size(); i++) {
                String waarde = i < regel.size() ? regel.get(i).trim() : "";
                rij.put(kop.get(i), waarde.isEmpty() ? null : waarde);
            }
            rijen.add(rij);
        }
        return rijen;
    }

    /** Splits CSV text into lines of fields; quoted fields may hold separators, quotes ("") and newlines. */
    static List<List<String>> csvRegels(String tekst) {
        String eersteRegel = tekst.lines().findFirst().orElse("");
        char scheiding = telling(eersteRegel, ';') >= telling(eersteRegel, ',')
                ? (telling(eersteRegel, '\t') > telling(eersteRegel, ';') ? '\t' : ';')
                : (telling(eersteRegel, '\t') > telling(eersteRegel, ',') ? '\t' : ',');
        List<List<String>> regels = new ArrayList<>();
        List<String> regel = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    veld.append(c);
                }
            } else if (c == '"') {
                tussenAanhalingstekens = true;
            } else if (c == scheiding) {
                regel.add(veld.toString());
                veld.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '\n') {
                    i++;
                }
                regel.add(veld.toString());
                veld.setLength(0);
                regels.add(regel);
                regel = new ArrayList<>();
            } else {
                veld.append(c);
            }
        }
        if (veld.length() > 0 || !regel.isEmpty()) {
            regel.add(veld.toString());
            regels.add(regel);
        }
        return regels;
    }

    private static long telling(String regel, char teken) {
        return regel.chars().filter(c -> c == teken).count();
    }

    /** The first present value among the given keys, as text. */
    static String tekst(Map<String, Object> rij, String... sleutels) {
        for (String sleutel : sleutels) {
            Object waarde = rij.get(sleutel);
            if (waarde instanceof List<?> lijst) {
                waarde = lijst.isEmpty()
                        ? null
                        : String.join(", ", lijst.stream().map(String::valueOf).toList());
            }
            if (waarde instanceof java.math.BigDecimal getal) {
                waarde = getal.toPlainString();
            }
            if (waarde != null && !waarde.toString().isBlank()) {
                return waarde.toString().trim();
            }
        }
        return null;
    }
}
