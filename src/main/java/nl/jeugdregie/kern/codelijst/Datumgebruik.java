package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Datumgebruik, iJw 3.2 code list COD170 (element LDT_DatumGebruik), used in JW301, JW302, JW305, JW306, JW307,
 * JW308, JW315, JW316.
 *
 * <p>Definitie: Codering om aan te geven welk deel van een datum onbekend is.
 */
public enum Datumgebruik implements Code {
    DAG_ONBEKEND("1", "dag onbekend; alleen maand en jaar gebruiken"),
    DAG_EN_MAAND_ONBEKEND("2", "dag en maand onbekend; alleen jaar gebruiken"),
    DATUM_ONBEKEND("3", "dag, maand en jaar onbekend; onbekende datum");

    private static final CodeIndex<Datumgebruik> INDEX = new CodeIndex<>("Datumgebruik (COD170)", values());

    private final String code;
    private final String omschrijving;

    Datumgebruik(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Datumgebruik vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Datumgebruik> find(String code) {
        return INDEX.find(code);
    }

    public static boolean isGeldig(String code) {
        return INDEX.contains(code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String omschrijving() {
        return omschrijving;
    }
}
