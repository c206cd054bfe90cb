package nl.jeugdregie.ijw.regels;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.jeugdregie.ijw.BerichtType;
import nl.jeugdregie.ijw.Berichtcontrole;
import nl.jeugdregie.ijw.Bevinding;

/**
 * All built-in rules within one message: level 2 (TR "bericht inhoud", CD, CS) and the higher-level
 * rules one message can decide. Level 1 (the XSD, including the RS rules) is checked by the reader.
 * One instance per message.
 */
public final class Berichtregels implements Berichtcontrole {

    /** Per message, per berichtklasse: the rules to check. */
    private static final Map<BerichtType, Map<String, List<Klasseregel>>> REGELS = perBericht();

    private Map<String, List<Klasseregel>> regels;
    private List<Berichtcontrole> berichtbreed;

    private static Map<BerichtType, Map<String, List<Klasseregel>>> perBericht() {
        Map<BerichtType, Map<String, List<Klasseregel>>> perBericht = new EnumMap<>(BerichtType.class);
        for (BerichtType type : BerichtType.values()) {
            perBericht.put(
                    type,
                    Klasseregels.alle().stream()
                            .filter(r -> r.berichten().contains(type))
                            .collect(Collectors.groupingBy(Klasseregel::klasse)));
        }
        return perBericht;
    }

    @Override
    public void bekijk(Klasse klasse, List<Bevinding> uit) {
        if (berichtbreed == null) {
            berichtbreed = Berichtbreed.voor(klasse.bericht());
            regels = REGELS.get(klasse.bericht());
        }
        List<Klasseregel> voorKlasse = regels.get(klasse.naam());
        if (voorKlasse != null) {
            for (int i = 0, n = voorKlasse.size(); i < n; i++) {
                voorKlasse.get(i).check(klasse, uit);
            }
        }
        for (Berichtcontrole controle : berichtbreed) {
            controle.bekijk(klasse, uit);
        }
    }

    @Override
    public void afronden(BerichtType bericht, List<Bevinding> uit) {
        for (Berichtcontrole controle : berichtbreed == null ? List.<Berichtcontrole>of() : berichtbreed) {
            controle.afronden(bericht, uit);
        }
    }

    /** The codes of all built-in rules, for the coverage overview. */
    public static List<String> codes() {
        List<String> codes = new ArrayList<>(
                Klasseregels.alle().stream().map(Klasseregel::code).distinct().toList());
        codes.addAll(List.of(
                "TR101", "TR302", "TR386", "TR410", "TR061", "TR383", "TR314", "TR315", "TR316", "TR416", "TR358",
                "TR342"));
        return codes;
    }
}
