package nl.jeugdregie.sturing.web;

import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.sturing.Leeftijdsklasse;
import nl.jeugdregie.sturing.Rapportageperiode;
import nl.jeugdregie.sturing.Selectie;
import nl.jeugdregie.sturing.Uitsplitsing;

/** The selection of page and API from their parameters (empty means all), with a Dutch error per wrong field. */
final class Sturingsparameters {

    private Sturingsparameters() {}

    static Selectie selectie(
            String gemeente,
            String periode,
            String uitsplitsing,
            String hulpvorm,
            String verwijzer,
            String aanbieder,
            String leeftijd) {
        return new Selectie(
                GemeenteCode.parse(gemeente),
                Rapportageperiode.van(periode),
                leeg(leeftijd) == null
                        ? null
                        : Leeftijdsklasse.vanCode(leeftijd.strip())
                                .orElseThrow(() -> new OngeldigeInvoer(
                                        "leeftijd",
                                        "Leeftijdsklasse '" + leeftijd
                                                + "' bestaat niet; kies 0-3, 4-11, 12-17 of 18+")),
                leeg(hulpvorm),
                leeg(verwijzer),
                leeg(aanbieder),
                leeg(uitsplitsing) == null
                        ? null
                        : Uitsplitsing.vanCode(uitsplitsing.strip())
                                .orElseThrow(() -> new OngeldigeInvoer(
                                        "uitsplitsing", "Uitsplitsing '" + uitsplitsing + "' bestaat niet")));
    }

    static String leeg(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
