package nl.jeugdregie.toegang;

import java.util.Locale;

/** Who took part in the triage: "we bepalen gezamenlijk welke hulp nodig is". */
public enum Deelnemersrol {
    JEUGDIGE("Jeugdige"),
    OUDER("Ouder of verzorger"),
    VERWIJZER("Verwijzer"),
    SCHOOL("School"),
    PROFESSIONAL("Professional"),
    NETWERK("Iemand uit het netwerk");

    private final String omschrijving;

    Deelnemersrol(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Deelnemersrol vanCode(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new nl.jeugdregie.kern.OngeldigeWaarde("Onbekende rol '" + code + "'; kies jeugdige, ouder,"
                    + " verwijzer, school, professional of netwerk.");
        }
    }
}
