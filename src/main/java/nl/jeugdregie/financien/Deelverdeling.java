package nl.jeugdregie.financien;

import java.util.List;
import nl.jeugdregie.kern.Bedrag;

/**
 * The settlement of one part of the inkoop in a year: the key the region agreed (or, without one, naar werkelijk
 * gebruik), the key as applied, the region's totals and a row per gemeente the user may see. When every gemeente is
 * shown, the rows' amounts add up to the region's totals exactly.
 *
 * @param afgesproken whether the region stored a key for this part; otherwise each gemeente bears its own cost
 * @param toegepast the key as applied: a weight whose grondslag is zero in the region moves to naar gebruik
 * @param regiokosten the part's cost in the whole region: approved declaraties by month of care
 * @param meldingen why the applied key differs from the agreed one
 */
public record Deelverdeling(
        Inkoopdeel deel,
        Verdeelsleutel sleutel,
        boolean afgesproken,
        Verdeelsleutel toegepast,
        Bedrag regiokosten,
        long regioInwoners,
        long regioJeugdigen,
        List<Verdeelregel> regels,
        List<String> meldingen) {

    public Deelverdeling {
        regels = List.copyOf(regels);
        meldingen = List.copyOf(meldingen);
    }

    public Bedrag totaalGebruik() {
        return Bedrag.som(regels.stream().map(Verdeelregel::gebruik).toList());
    }

    public Bedrag totaalAandeel() {
        return Bedrag.som(regels.stream().map(Verdeelregel::aandeel).toList());
    }

    public Bedrag totaalVerschil() {
        return Bedrag.som(regels.stream().map(Verdeelregel::verschil).toList());
    }
}
