package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;

/**
 * Shares the cost of one part of the inkoop among the gemeenten of the region under a verdeelsleutel, exactly to the
 * cent. A gemeente's share is total x (w_inwoner x its inwoners / all inwoners + w_jeugdige x its jeugdigen / all
 * jeugdigen) + w_gebruik x its own cost, computed as one exact fraction (integers, no floating point); the cents the
 * fractions leave are handed out by the largest-remainder method (ties to the lowest gemeente code), so the shares add
 * up to exactly the total. A weight whose grondslag is zero in the whole region (no inwoner figures, no jeugdigen) is
 * shared naar werkelijk gebruik instead, and said so.
 */
public final class Verdeelrekening {

    /** What one gemeente brings into the settlement of a part. */
    public record Grondslag(GemeenteCode gemeente, long inwoners, long jeugdigen, Bedrag gebruik) {

        public Grondslag {
            if (inwoners < 0 || jeugdigen < 0) {
                throw new IllegalArgumentException("Aantallen zijn nooit negatief");
            }
        }
    }

    /** The shares per gemeente in the order of the grondslagen, the key as applied and what was moved and why. */
    public record Uitkomst(List<Verdeelregel> regels, Verdeelsleutel toegepast, List<String> meldingen) {

        public Uitkomst {
            regels = List.copyOf(regels);
            meldingen = List.copyOf(meldingen);
        }
    }

    private static final BigInteger HONDERD_PROCENT = BigInteger.valueOf(Verdeelsleutel.HONDERD_PROCENT);

    private Verdeelrekening() {}

    public static Uitkomst verdeel(Verdeelsleutel sleutel, List<Grondslag> grondslagen) {
        long inwoners = grondslagen.stream().mapToLong(Grondslag::inwoners).sum();
        long jeugdigen = grondslagen.stream().mapToLong(Grondslag::jeugdigen).sum();
        int wInwoner = sleutel.perInwoner();
        int wJeugdige = sleutel.perJeugdige();
        int wGebruik = sleutel.naarGebruik();
        List<String> meldingen = new ArrayList<>();
        if (wInwoner > 0 && inwoners == 0) {
            meldingen.add("Geen inwonertallen voor deze gemeenten: het deel per inwoner ("
                    + Sleutelinvoer.tekst(wInwoner) + " %) is naar werkelijk gebruik verdeeld.");
            wGebruik += wInwoner;
            wInwoner = 0;
        }
        if (wJeugdige > 0 && jeugdigen == 0) {
            meldingen.add("Geen jeugdigen met een toewijzing in dit deel: het deel per jeugdige ("
                    + Sleutelinvoer.tekst(wJeugdige) + " %) is naar werkelijk gebruik verdeeld.");
            wGebruik += wJeugdige;
            wJeugdige = 0;
        }
        Verdeelsleutel toegepast = new Verdeelsleutel(sleutel.deel(), wInwoner, wJeugdige, wGebruik);

        BigInteger totaal = BigInteger.valueOf(
                Bedrag.som(grondslagen.stream().map(Grondslag::gebruik).toList())
                        .eurocent());
        BigInteger noemerInwoner = BigInteger.valueOf(toegepast.perInwoner() > 0 ? inwoners : 1);
        BigInteger noemerJeugdige = BigInteger.valueOf(toegepast.perJeugdige() > 0 ? jeugdigen : 1);
        // share_g = N_g / D with D = 10 000 x all inwoners x all jeugdigen; the N_g add up to totaal x D exactly.
        BigInteger noemer = HONDERD_PROCENT.multiply(noemerInwoner).multiply(noemerJeugdige);
        List<BigInteger> tellers = grondslagen.stream()
                .map(g -> BigInteger.valueOf(toegepast.perInwoner())
                        .multiply(totaal)
                        .multiply(BigInteger.valueOf(g.inwoners()))
                        .multiply(noemerJeugdige)
                        .add(BigInteger.valueOf(toegepast.perJeugdige())
                                .multiply(totaal)
                                .multiply(BigInteger.valueOf(g.jeugdigen()))
                                .multiply(noemerInwoner))
                        .add(BigInteger.valueOf(toegepast.naarGebruik())
                                .multiply(BigInteger.valueOf(g.gebruik().eurocent()))
                                .multiply(noemerInwoner)
                                .multiply(noemerJeugdige)))
                .toList();
        long[] centen = grootsteRest(tellers, noemer, totaal);

        List<Verdeelregel> regels = new ArrayList<>();
        for (int i = 0; i < grondslagen.size(); i++) {
            Grondslag g = grondslagen.get(i);
            regels.add(new Verdeelregel(
                    g.gemeente(),
                    g.inwoners(),
                    g.jeugdigen(),
                    g.gebruik(),
                    new Bedrag(centen[i]),
                    procent(toegepast, g, inwoners, jeugdigen, totaal)));
        }
        return new Uitkomst(regels, toegepast, meldingen);
    }

    /**
     * The whole cents of each teller / noemer, rounded down, plus one cent for as many of them as the total still
     * lacks, the largest remainders first (equal remainders: the earliest).
     */
    static long[] grootsteRest(List<BigInteger> tellers, BigInteger noemer, BigInteger totaal) {
        long[] centen = new long[tellers.size()];
        BigInteger[] resten = new BigInteger[tellers.size()];
        BigInteger verdeeld = BigInteger.ZERO;
        for (int i = 0; i < tellers.size(); i++) {
            BigInteger[] deling = tellers.get(i).divideAndRemainder(noemer);
            BigInteger heel = deling[0];
            BigInteger rest = deling[1];
            if (rest.signum() < 0) {
                // Round towards minus infinity so every remainder is in [0, noemer).
                heel = heel.subtract(BigInteger.ONE);
                rest = rest.add(noemer);
            }
            centen[i] = heel.longValueExact();
            resten[i] = rest;
            verdeeld = verdeeld.add(heel);
        }
        int over = totaal.subtract(verdeeld).intValueExact();
        List<Integer> volgorde = IntStream.range(0, tellers.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> resten[i])
                        .reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; k < over; k++) {
            centen[volgorde.get(k)]++;
        }
        return centen;
    }

    /** The gemeente's share under the key in percent, two decimals; its part naar gebruik counts only with a total. */
    private static BigDecimal procent(
            Verdeelsleutel sleutel, Grondslag g, long inwoners, long jeugdigen, BigInteger totaal) {
        BigDecimal aandeel = BigDecimal.ZERO;
        if (sleutel.perInwoner() > 0) {
            aandeel = aandeel.add(deel(sleutel.perInwoner(), g.inwoners(), BigInteger.valueOf(inwoners)));
        }
        if (sleutel.perJeugdige() > 0) {
            aandeel = aandeel.add(deel(sleutel.perJeugdige(), g.jeugdigen(), BigInteger.valueOf(jeugdigen)));
        }
        if (sleutel.naarGebruik() > 0 && totaal.signum() != 0) {
            aandeel = aandeel.add(deel(sleutel.naarGebruik(), g.gebruik().eurocent(), totaal));
        }
        return aandeel.setScale(2, RoundingMode.HALF_UP);
    }

    /** weight (hundredths of a percent) x deel / geheel, in percent with ten decimals. */
    private static BigDecimal deel(int gewicht, long deel, BigInteger geheel) {
        return new BigDecimal(BigInteger.valueOf(gewicht).multiply(BigInteger.valueOf(deel)))
                .divide(new BigDecimal(geheel), 10, RoundingMode.HALF_UP)
                .movePointLeft(2);
    }
}
