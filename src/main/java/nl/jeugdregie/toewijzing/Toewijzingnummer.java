package nl.jeugdregie.toewijzing;

import nl.jeugdregie.kern.OngeldigeWaarde;

/**
 * ToewijzingNummer (iJw LDT_Nummer, 0 to 999999999): unique per gemeente within the Jeugdwet (TR332, OP275) and
 * stable over every change of the toewijzing (IV066).
 */
public record Toewijzingnummer(long value) {

    public Toewijzingnummer {
        if (value < 0 || value > 999_999_999L) {
            throw new OngeldigeWaarde("Toewijzingnummer moet tussen 0 en 999999999 liggen, maar is " + value);
        }
    }

    public static Toewijzingnummer parse(String tekst) {
        try {
            return new Toewijzingnummer(Long.parseLong(tekst.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new OngeldigeWaarde("'" + tekst + "' is geen toewijzingnummer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
