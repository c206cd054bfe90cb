package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.util.List;
import nl.jeugdregie.kern.Bedrag;

/**
 * The money of one CBS jeugdzorgvorm in a year (or the total of all): the current begroting, the realisatie (approved,
 * by month of care) with what was not approved apart, the verplichtingen for the rest of the year, the expected new
 * inflow, and the prognose = realisatie + verplichtingen + instroom with its band.
 *
 * @param jeugdzorgvorm the CBS code, {@code onbekend}, or {@code totaal}
 */
public record Hulpvormregel(
        String jeugdzorgvorm,
        String naam,
        Bedrag begroting,
        Bedrag realisatie,
        Bedrag nietGoedgekeurd,
        Bedrag verplichtingen,
        Bedrag instroom,
        Bedrag instroomLaag,
        Bedrag instroomHoog,
        BigDecimal verwachteToewijzingen,
        long zonderTarief) {

    public Bedrag prognose() {
        return realisatie.plus(verplichtingen).plus(instroom);
    }

    public Bedrag prognoseLaag() {
        return realisatie.plus(verplichtingen).plus(instroomLaag);
    }

    public Bedrag prognoseHoog() {
        return realisatie.plus(verplichtingen).plus(instroomHoog);
    }

    /** What remains of the begroting after the prognose; negative is an expected overrun. */
    public Bedrag saldo() {
        return begroting.min(prognose());
    }

    public boolean isLeeg() {
        return begroting.isNul()
                && realisatie.isNul()
                && nietGoedgekeurd.isNul()
                && verplichtingen.isNul()
                && instroom.isNul()
                && instroomHoog.isNul()
                && zonderTarief == 0;
    }

    /** The total of {@code regels}: every amount the exact sum of its parts. */
    static Hulpvormregel totaal(List<Hulpvormregel> regels) {
        return new Hulpvormregel(
                "totaal",
                "Totaal",
                som(regels, Hulpvormregel::begroting),
                som(regels, Hulpvormregel::realisatie),
                som(regels, Hulpvormregel::nietGoedgekeurd),
                som(regels, Hulpvormregel::verplichtingen),
                som(regels, Hulpvormregel::instroom),
                som(regels, Hulpvormregel::instroomLaag),
                som(regels, Hulpvormregel::instroomHoog),
                regels.stream().map(Hulpvormregel::verwachteToewijzingen).reduce(BigDecimal.ZERO, BigDecimal::add),
                regels.stream().mapToLong(Hulpvormregel::zonderTarief).sum());
    }

    private static Bedrag som(List<Hulpvormregel> regels, java.util.function.Function<Hulpvormregel, Bedrag> deel) {
        return Bedrag.som(regels.stream().map(deel).toList());
    }
}
