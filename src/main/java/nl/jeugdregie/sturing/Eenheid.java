package nl.jeugdregie.sturing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import nl.jeugdregie.kern.Notatie;
import nl.jeugdregie.kern.OngeldigeWaarde;

/** The unit of an indicator's value. */
public enum Eenheid {
    AANTAL("aantal", ""),
    PROCENT("procent", "%"),
    DAGEN("dagen", "dagen"),
    EURO("euro", "€");

    private final String code;
    private final String teken;

    Eenheid(String code, String teken) {
        this.code = code;
        this.teken = teken;
    }

    public String code() {
        return code;
    }

    /** The sign written with a value: {@code %}, {@code €}, {@code dagen}; empty for a count. */
    public String teken() {
        return teken;
    }

    /** A value in this unit as people read it: {@code 12,5 %}, {@code € 1.234,50}, {@code 161 dagen}; "-" for none. */
    public String schrijf(BigDecimal waarde) {
        if (waarde == null) {
            return "-";
        }
        return switch (this) {
            case PROCENT -> Notatie.percentage(waarde);
            case EURO -> "€ " + Notatie.getal(waarde.setScale(2, RoundingMode.HALF_UP));
            case DAGEN -> Notatie.getal(waarde) + " dagen";
            case AANTAL -> Notatie.getal(waarde);
        };
    }

    static Eenheid vanCode(String code) {
        return Arrays.stream(values())
                .filter(e -> e.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new OngeldigeWaarde("Onbekende eenheid: " + code));
    }
}
