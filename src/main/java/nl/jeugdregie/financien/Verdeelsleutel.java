package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.util.Objects;
import nl.jeugdregie.kern.OngeldigeWaarde;

/**
 * How the cost of one part of the inkoop is shared among the gemeenten of the region: weights per inwoner (0-17), per
 * jeugdige (with a toewijzing in that part in the year) and naar werkelijk gebruik (the gemeente's own realised cost),
 * in hundredths of a percent, never negative, adding up to exactly 100 % (10 000).
 */
public record Verdeelsleutel(Inkoopdeel deel, int perInwoner, int perJeugdige, int naarGebruik) {

    /** 100 % in hundredths of a percent. */
    public static final int HONDERD_PROCENT = 10_000;

    public Verdeelsleutel {
        Objects.requireNonNull(deel, "deel");
        if (perInwoner < 0 || perJeugdige < 0 || naarGebruik < 0) {
            throw new OngeldigeWaarde(
                    "Een gewicht in de verdeelsleutel van " + deel.naam() + " kan niet negatief zijn");
        }
        if (perInwoner + perJeugdige + naarGebruik != HONDERD_PROCENT) {
            throw new OngeldigeWaarde("De verdeelsleutel van " + deel.naam() + " telt op tot "
                    + Sleutelinvoer.tekst(perInwoner + perJeugdige + naarGebruik) + " % in plaats van 100 %");
        }
    }

    /** The key when the region agreed none: every gemeente pays what it used itself. */
    public static Verdeelsleutel naarGebruik(Inkoopdeel deel) {
        return new Verdeelsleutel(deel, 0, 0, HONDERD_PROCENT);
    }

    public BigDecimal perInwonerProcent() {
        return procent(perInwoner);
    }

    public BigDecimal perJeugdigeProcent() {
        return procent(perJeugdige);
    }

    public BigDecimal naarGebruikProcent() {
        return procent(naarGebruik);
    }

    /** Hundredths of a percent as a percentage with two decimals: 3334 is 33.34. */
    static BigDecimal procent(long honderdsten) {
        return BigDecimal.valueOf(honderdsten, 2);
    }
}
