package nl.jeugdregie.toewijzing.web;

import java.util.stream.Collectors;
import nl.jeugdregie.toewijzing.Regelschending;
import nl.jeugdregie.toewijzing.Uitkomst;

/** Turns a rejection into one Dutch sentence for a flash message: the rule code and its explanation. */
final class Meldingen {

    private Meldingen() {}

    static String afkeuring(Uitkomst<?> uitkomst) {
        return "Niet gelukt: "
                + uitkomst.schendingen().stream().map(Meldingen::tekst).collect(Collectors.joining(" "));
    }

    private static String tekst(Regelschending schending) {
        return schending.uitleg() + " (regel " + schending.regel()
                + schending.retour().map(r -> ", retourcode " + r.code()).orElse("") + ")";
    }
}
