package nl.jeugdregie.kern;

/** CBS gemeentecode: four digits, e.g. 0153 for Enschede (iJw LDT_GemeenteCode). */
public record GemeenteCode(String value) {

    public GemeenteCode {
        if (value == null || !value.matches("[0-9]{4}")) {
            throw new OngeldigeWaarde("Gemeentecode moet uit precies 4 cijfers bestaan, bijvoorbeeld 0153");
        }
    }

    /** Accepts the CBS notation with prefix as well, e.g. {@code GM0153}. */
    public static GemeenteCode parse(String tekst) {
        if (tekst != null && tekst.toUpperCase(java.util.Locale.ROOT).startsWith("GM")) {
            return new GemeenteCode(tekst.substring(2));
        }
        return new GemeenteCode(tekst);
    }

    @Override
    public String toString() {
        return value;
    }
}
