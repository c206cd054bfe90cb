package nl.jeugdregie.portaal.web;

import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.toewijzing.Omvang;

/** What the verzoek forms share: an omvang and a budget as people type them, read with Dutch errors. */
final class Verzoekinvoer {

    private Verzoekinvoer() {}

    /** The omvang, or null when no volume is given. */
    static Omvang omvang(String volume, String eenheid, String frequentie) {
        if (volume == null || volume.isBlank()) {
            return null;
        }
        long aantal;
        try {
            aantal = Long.parseLong(volume.strip());
        } catch (NumberFormatException e) {
            throw new OngeldigeInvoer("volume", "Vul het volume in als heel getal, zoals 4.");
        }
        Eenheid e = Eenheid.find(eenheid == null ? "" : eenheid.strip())
                .orElseThrow(() -> new OngeldigeInvoer("eenheid", "Kies de eenheid uit de lijst."));
        Frequentie f = Frequentie.find(frequentie == null ? "" : frequentie.strip())
                .orElseThrow(() -> new OngeldigeInvoer("frequentie", "Kies de frequentie uit de lijst."));
        try {
            return new Omvang(aantal, e, f);
        } catch (OngeldigeWaarde fout) {
            throw new OngeldigeInvoer("volume", "Het volume ligt tussen 0 en 99.999.999.");
        }
    }

    /** The budget, or null when none is given. */
    static Bedrag budget(String budget) {
        if (budget == null || budget.isBlank()) {
            return null;
        }
        try {
            Bedrag bedrag = Bedrag.parse(budget.strip());
            if (bedrag.isNegatief()) {
                throw new OngeldigeWaarde("negatief");
            }
            return bedrag;
        } catch (OngeldigeWaarde e) {
            throw new OngeldigeInvoer("budget", "Vul het budget in euro's in, zoals 2400 of 2.400,00.");
        }
    }
}
