package nl.jeugdregie.sturing.web;

import java.math.BigDecimal;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.sturing.Cel;
import nl.jeugdregie.sturing.Indicator;

/** How the pages write a figure: in its unit and Dutch notation, "< 5" when suppressed, "-" when absent. */
public final class Sturingweergave {

    public String getal(Indicator indicator, BigDecimal waarde) {
        return indicator.eenheid().schrijf(waarde);
    }

    public String cel(Indicator indicator, Cel cel, int minimum) {
        return Cel.tekst(cel, indicator.eenheid(), minimum);
    }

    /** A numerator or denominator as a plain number. */
    public String deel(BigDecimal waarde) {
        return waarde == null ? "-" : Notatie.getal(waarde);
    }
}
