package nl.jeugdregie.inkoop;

import java.util.List;
import nl.jeugdregie.kern.AgbCode;

/**
 * A jeugdhulpaanbieder the region buys from, identified by its AGB code.
 *
 * @param kvk the KvK number (8 digits), if known
 * @param aliassen other names the aanbieder is known by (brands, departments), used to link feeds
 * @param demo whether this is fictitious demo data
 */
public record Aanbieder(
        AgbCode agb,
        String kvk,
        String naam,
        Relatie relatie,
        AanbiederStatus status,
        String website,
        List<String> aliassen,
        boolean demo) {

    public Aanbieder {
        aliassen = List.copyOf(aliassen);
    }

    public boolean isStrategischPartner() {
        return relatie == Relatie.STRATEGISCH_PARTNER;
    }
}
