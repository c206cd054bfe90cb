package nl.jeugdregie.inkoop;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The key by which an aanbieder is matched on its name: lower case, without accents, punctuation or
 * legal form, so "Stichting Pluryn" and "Pluryn", or "Helderzorg B.V." and "Helderzorg", match.
 */
final class Naamsleutel {

    private static final Set<String> RECHTSVORMEN = Set.of("bv", "nv", "vof", "stichting");

    private Naamsleutel() {}

    static String van(String naam) {
        if (naam == null) {
            return "";
        }
        String tekst = Normalizer.normalize(naam, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " en ")
                .replaceAll("\\bb\\.\\s?v\\.?", " bv ")
                .replaceAll("\\bn\\.\\s?v\\.?", " nv ")
                .replaceAll("[^a-z0-9]+", " ");
        return Arrays.stream(tekst.trim().split(" "))
                .filter(woord -> !woord.isEmpty() && !RECHTSVORMEN.contains(woord))
                .collect(Collectors.joining(" "));
    }
}
