package nl.jeugdregie.sturing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.platform.Tabel;
import nl.jeugdregie.sturing.Cel;
import nl.jeugdregie.sturing.Indicatoruitkomst;

/** The gemeente's and the region's cells of an indicator side by side, per group, as the page and the exports show them. */
final class Vergelijking {

    /** One group of the breakdown: the gemeente's cell (null when it has none) next to the region's. */
    record Rij(String groep, String naam, Cel gemeente, Cel regio) {}

    private Vergelijking() {}

    static List<Rij> rijen(Indicatoruitkomst u) {
        Map<String, Rij> rijen = new LinkedHashMap<>();
        for (Cel cel : u.regiocellen()) {
            rijen.put(cel.groep(), new Rij(cel.groep(), cel.naam(), null, cel));
        }
        for (Cel cel : u.gemeente()) {
            Rij regio = rijen.get(cel.groep());
            rijen.put(cel.groep(), new Rij(cel.groep(), cel.naam(), cel, regio == null ? null : regio.regio()));
        }
        return List.copyOf(rijen.values());
    }

    /** One row per area and group, with the numbers behind each value; suppressed cells stay empty and say so. */
    static Tabel tabel(Indicatoruitkomst u) {
        List<List<Object>> regels = new ArrayList<>();
        String gemeente = u.selectie().gemeente().value();
        for (Rij rij : rijen(u)) {
            regels.add(regel(u, "gemeente " + gemeente, rij, rij.gemeente()));
            regels.add(regel(u, "regio " + u.regio(), rij, rij.regio()));
        }
        u.nederland()
                .ifPresent(nl -> regels.add(Arrays.asList(
                        u.indicator().code(),
                        u.selectie().periode().code(),
                        "Nederland " + nl.jaar(),
                        "totaal",
                        "Totaal",
                        nl.waarde(),
                        null,
                        null,
                        null,
                        "nee",
                        "nee",
                        nl.bron())));
        return new Tabel(
                u.indicator().naam(),
                List.of(
                        "indicator",
                        "periode",
                        "gebied",
                        "groep",
                        "naam",
                        "waarde (" + u.indicator().eenheid().code() + ")",
                        u.indicator().teller().toLowerCase(java.util.Locale.ROOT),
                        u.indicator().noemer().isEmpty()
                                ? "noemer"
                                : u.indicator().noemer().toLowerCase(java.util.Locale.ROOT),
                        "jeugdigen",
                        "onderdrukt",
                        "noemer geschat",
                        "bron"),
                regels);
    }

    private static List<Object> regel(Indicatoruitkomst u, String gebied, Rij rij, Cel cel) {
        return Arrays.asList(
                u.indicator().code(),
                u.selectie().periode().code(),
                gebied,
                rij.groep(),
                rij.naam(),
                cel == null ? null : cel.waarde(),
                cel == null ? null : cel.teller(),
                cel == null ? null : cel.noemer(),
                cel == null ? null : cel.jeugdigen(),
                cel != null && cel.onderdrukt() ? "ja" : "nee",
                cel != null && cel.geschat() ? "ja" : "nee",
                u.indicator().bron());
    }
}
