package nl.jeugdregie.sturing.web;

import java.util.List;
import nl.jeugdregie.platform.Tabel;
import nl.jeugdregie.sturing.Trajectregel;

/** The pseudonymised trajecten as a table with the column names of the API. */
final class Trajectexport {

    private Trajectexport() {}

    static Tabel tabel(List<Trajectregel> rijen) {
        return new Tabel(
                "Trajecten",
                List.of(
                        "jeugdige",
                        "gemeente",
                        "hulpvorm",
                        "productcategorie",
                        "productcode",
                        "aanbieder",
                        "verwijzer",
                        "begindatum",
                        "einddatum",
                        "redenBeeindiging"),
                rijen.stream()
                        .map(r -> java.util.Arrays.<Object>asList(
                                r.jeugdige(),
                                r.gemeente(),
                                r.hulpvorm(),
                                r.productcategorie(),
                                r.productcode(),
                                r.aanbieder(),
                                r.verwijzer(),
                                r.begindatum(),
                                r.einddatum(),
                                r.redenBeeindiging()))
                        .toList());
    }

    static String csv(List<Trajectregel> rijen) {
        return tabel(rijen).csv();
    }
}
