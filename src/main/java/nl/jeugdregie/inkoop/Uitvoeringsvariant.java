package nl.jeugdregie.inkoop;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Frequentie;

/**
 * How a product is assigned and paid (iJw 3.2 Toewijzingsvarianten): per unit of effort
 * (inspanningsgericht), per result or trajectory (outputgericht), or for a task without individual
 * assignment (taakgericht, no eenheid).
 */
public enum Uitvoeringsvariant {
    INSPANNINGSGERICHT(
            "Inspanningsgericht",
            List.of(Eenheid.MINUUT, Eenheid.UUR, Eenheid.ETMAAL, Eenheid.DAGDEEL, Eenheid.STUKS_INSPANNING)),
    OUTPUTGERICHT("Outputgericht", List.of(Eenheid.STUKS_OUTPUT, Eenheid.EUROS)),
    TAAKGERICHT("Taakgericht", List.of());

    private final String omschrijving;
    private final List<Eenheid> eenheden;

    Uitvoeringsvariant(String omschrijving, List<Eenheid> eenheden) {
        this.omschrijving = omschrijving;
        this.eenheden = eenheden;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** The eenheden this variant allows in a toewijzing. */
    public List<Eenheid> eenheden() {
        return eenheden;
    }

    /**
     * The frequencies allowed with an eenheid: per day only for minutes, hours and output pieces;
     * per week, per month and in total for every eenheid of the variant.
     */
    public List<Frequentie> frequenties(Eenheid eenheid) {
        if (!eenheden.contains(eenheid)) {
            return List.of();
        }
        boolean perDag = eenheid == Eenheid.MINUUT || eenheid == Eenheid.UUR || eenheid == Eenheid.STUKS_OUTPUT;
        return perDag
                ? List.of(
                        Frequentie.PER_DAG,
                        Frequentie.PER_WEEK,
                        Frequentie.PER_MAAND,
                        Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR)
                : List.of(Frequentie.PER_WEEK, Frequentie.PER_MAAND, Frequentie.TOTAAL_BINNEN_GELDIGHEIDSDUUR);
    }

    /** Reads "Inspanningsgericht", "outputgericht" and so on. */
    public static Optional<Uitvoeringsvariant> lees(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Optional.empty();
        }
        String waarde = tekst.trim().toUpperCase(Locale.ROOT);
        for (Uitvoeringsvariant variant : values()) {
            if (variant.name().equals(waarde)) {
                return Optional.of(variant);
            }
        }
        return Optional.empty();
    }
}
