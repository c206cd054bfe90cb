package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.Bedrag;

/**
 * The figures a scenario's projection starts from, as they were on its peildatum, per CBS jeugdzorgvorm.
 *
 * @param basisjaar the year whose prognose is the starting point; the projection covers the five years after it
 */
public record Grondslag(int basisjaar, LocalDate peildatum, List<Vorm> vormen) {

    /** The number of aanbieders per product for which a saving is kept: 1 up to and including 10. */
    public static final int AANBIEDERGRENZEN = 10;

    /** Where the average duration of a form comes from. */
    public enum Duurbron {
        /** Ended care of the gemeente itself. */
        GEMEENTE,
        /** Ended care in the region, as the gemeente had too little. */
        REGIO,
        /** No ended care in the region: a year is assumed. */
        AANNAME
    }

    /**
     * One jeugdzorgvorm.
     *
     * @param basis the prognose of the base year (realisatie + verplichtingen + verwachte instroom)
     * @param duurMaanden the average duration of ended care, in months
     * @param kostenPerJeugdige the region's cost per jeugdige in the year before the base year; empty without
     *     jeugdigen
     * @param aanbiedersbesparing for N = 1..10 the share (0..1) of the form's cost saved when each product keeps only
     *     its N cheapest aanbieders
     */
    public record Vorm(
            String jeugdzorgvorm,
            Bedrag basis,
            BigDecimal duurMaanden,
            Duurbron duurbron,
            Optional<Bedrag> kostenPerJeugdige,
            List<BigDecimal> aanbiedersbesparing) {

        public Vorm {
            if (duurMaanden.signum() <= 0) {
                throw new IllegalArgumentException("duur " + duurMaanden);
            }
            if (aanbiedersbesparing.size() != AANBIEDERGRENZEN) {
                throw new IllegalArgumentException("aanbiedersbesparing " + aanbiedersbesparing);
            }
            aanbiedersbesparing = List.copyOf(aanbiedersbesparing);
        }

        /** The share saved with at most {@code n} aanbieders per product; 0 for no limit. */
        public BigDecimal besparing(int n) {
            return n == 0 ? BigDecimal.ZERO : aanbiedersbesparing.get(n - 1);
        }
    }

    public Grondslag {
        vormen = List.copyOf(vormen);
    }

    public Optional<Vorm> vorm(String jeugdzorgvorm) {
        return vormen.stream()
                .filter(v -> v.jeugdzorgvorm().equals(jeugdzorgvorm))
                .findFirst();
    }

    /** The sum of the prognoses of the base year. */
    public Bedrag basis() {
        return Bedrag.som(vormen.stream().map(Vorm::basis).toList());
    }
}
