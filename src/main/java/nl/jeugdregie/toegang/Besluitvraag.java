package nl.jeugdregie.toegang;

import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.Periode;
import nl.jeugdregie.kern.Tekst;
import nl.jeugdregie.toegang.beschikking.Besluitsoort;
import nl.jeugdregie.toewijzing.Omvang;

/**
 * The professional's besluit on a hulpvraag: toekennen (product, omvang, periode, aanbieder), deels toekennen or
 * afwijzen, always with a motivering. Choosing a heavier step than advised needs {@code redenZwaarder}.
 *
 * @param trede the step the help belongs to; {@code null} for an afwijzing
 */
public record Besluitvraag(
        Besluitsoort soort,
        String productcode,
        Omvang omvang,
        Periode periode,
        AgbCode aanbieder,
        Trede trede,
        String redenZwaarder,
        String motivering) {

    public Besluitvraag {
        if (soort == null) {
            throw new OngeldigeWaarde("Kies toekennen, deels toekennen of afwijzen.");
        }
        motivering = schoon(motivering);
        redenZwaarder = schoon(redenZwaarder);
        if (motivering == null) {
            throw new OngeldigeWaarde("Een besluit is gemotiveerd (Awb artikel 3:46): vul de motivering in.");
        }
        if (soort.kentHulpToe()) {
            if (productcode == null
                    || productcode.isBlank()
                    || aanbieder == null
                    || periode == null
                    || omvang == null
                    || trede == null) {
                throw new OngeldigeWaarde("Bij toekennen horen product, omvang, periode, aanbieder en trede.");
            }
            productcode = productcode.strip();
        }
    }

    private static String schoon(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String s = tekst.strip();
        if (s.length() > 8000 || Tekst.heeftStuurteken(s)) {
            throw new OngeldigeWaarde("Een motivering is hoogstens 8000 tekens, zonder stuurtekens.");
        }
        return s;
    }
}
