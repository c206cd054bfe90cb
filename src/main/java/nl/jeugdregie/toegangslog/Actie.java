package nl.jeugdregie.toegangslog;

import java.util.Arrays;
import nl.jeugdregie.kern.OngeldigeWaarde;

/**
 * What was done with the personal data, as recorded in the toegangslog, and the security events
 * recorded next to them (a failed login, a refused access), which concern no jeugdige.
 */
public enum Actie {
    RAADPLEGEN("raadplegen", "Raadplegen"),
    AANMAKEN("aanmaken", "Aanmaken"),
    WIJZIGEN("wijzigen", "Wijzigen"),
    VERWIJDEREN("verwijderen", "Verwijderen"),
    EXPORTEREN("exporteren", "Exporteren"),
    AFDRUKKEN("afdrukken", "Afdrukken"),
    VERSTUREN("versturen", "Versturen (bericht naar een andere partij)"),
    ONTVANGEN("ontvangen", "Ontvangen (bericht van een andere partij)"),
    INLOGGEN_MISLUKT("inloggen-mislukt", "Inloggen mislukt"),
    TOEGANG_GEWEIGERD("toegang-geweigerd", "Toegang geweigerd"),
    VERWERKEN("verwerken", "Verwerken (ontvangen bericht, door het platform)");

    private final String code;
    private final String omschrijving;

    Actie(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The code stored in the log and used in the API, e.g. {@code raadplegen}. */
    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Actie vanCode(String code) {
        return Arrays.stream(values())
                .filter(actie -> actie.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new OngeldigeWaarde("Onbekende actie: " + code));
    }
}
