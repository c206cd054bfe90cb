package nl.jeugdregie.financien;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.jeugdregie.kern.Bedrag;

/**
 * The expected cost of new toewijzingen in the months still to come of a year, from the history of the months before:
 * the number of new toewijzingen per month follows the straight line through the history (least squares, never below
 * zero), each costs what a running toewijzing cost per month in the history (approved realisatie divided by
 * toewijzing-months), and it runs from the middle of its first month to the end of the year. The band is the line plus
 * and minus the standard deviation of the history around it. Plain arithmetic in {@link BigDecimal}; amounts are rounded
 * to whole cents only at the end.
 */
public final class Instroomprognose {

    private static final MathContext REKEN = MathContext.DECIMAL64;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /**
     * @param toewijzingen the expected number of new toewijzingen in the months to come
     * @param kostenPerMaand what a running toewijzing cost per month in the history
     */
    public record Uitkomst(BigDecimal toewijzingen, Bedrag kostenPerMaand, Bedrag verwacht, Bedrag laag, Bedrag hoog) {

        public static final Uitkomst GEEN =
                new Uitkomst(BigDecimal.ZERO, Bedrag.NUL, Bedrag.NUL, Bedrag.NUL, Bedrag.NUL);
    }

    private Instroomprognose() {}

    /**
     * @param historie consecutive months, the oldest first
     * @param toekomst the months of the year to forecast, each after the last month of the history
     */
    public static Uitkomst bereken(List<Instroommaand> historie, List<YearMonth> toekomst) {
        if (historie.isEmpty() || toekomst.isEmpty()) {
            return Uitkomst.GEEN;
        }
        int n = historie.size();
        BigDecimal gemX = BigDecimal.valueOf(n - 1).divide(BigDecimal.valueOf(2), REKEN);
        BigDecimal gemY = BigDecimal.valueOf(
                        historie.stream().mapToLong(Instroommaand::nieuw).sum())
                .divide(BigDecimal.valueOf(n), REKEN);
        BigDecimal teller = BigDecimal.ZERO;
        BigDecimal noemer = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal dx = BigDecimal.valueOf(i).subtract(gemX);
            teller = teller.add(
                    dx.multiply(BigDecimal.valueOf(historie.get(i).nieuw()).subtract(gemY)));
            noemer = noemer.add(dx.multiply(dx));
        }
        BigDecimal helling = noemer.signum() == 0 ? BigDecimal.ZERO : teller.divide(noemer, REKEN);
        BigDecimal snijpunt = gemY.subtract(helling.multiply(gemX));
        BigDecimal kwadraten = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal rest = BigDecimal.valueOf(historie.get(i).nieuw())
                    .subtract(snijpunt.add(helling.multiply(BigDecimal.valueOf(i))));
            kwadraten = kwadraten.add(rest.multiply(rest));
        }
        BigDecimal spreiding =
                kwadraten.divide(BigDecimal.valueOf(Math.max(n - 2, 1)), REKEN).sqrt(REKEN);

        long lopend = historie.stream().mapToLong(Instroommaand::lopend).sum();
        BigDecimal realisatie = BigDecimal.valueOf(
                historie.stream().mapToLong(m -> m.realisatie().eurocent()).sum());
        BigDecimal perMaand = lopend == 0 ? BigDecimal.ZERO : realisatie.divide(BigDecimal.valueOf(lopend), REKEN);

        YearMonth laatste = historie.get(n - 1).maand();
        BigDecimal aantal = BigDecimal.ZERO;
        BigDecimal verwacht = BigDecimal.ZERO;
        BigDecimal laag = BigDecimal.ZERO;
        BigDecimal hoog = BigDecimal.ZERO;
        for (YearMonth maand : toekomst) {
            long x = n - 1 + ChronoUnit.MONTHS.between(laatste, maand);
            BigDecimal lijn =
                    snijpunt.add(helling.multiply(BigDecimal.valueOf(x))).max(BigDecimal.ZERO);
            // From the middle of its first month to 31 December.
            BigDecimal looptijd = BigDecimal.valueOf(13 - maand.getMonthValue()).subtract(HALF);
            BigDecimal kosten = perMaand.multiply(looptijd);
            aantal = aantal.add(lijn);
            verwacht = verwacht.add(lijn.multiply(kosten));
            laag = laag.add(lijn.subtract(spreiding).max(BigDecimal.ZERO).multiply(kosten));
            hoog = hoog.add(lijn.add(spreiding).multiply(kosten));
        }
        return new Uitkomst(
                aantal.setScale(1, RoundingMode.HALF_UP),
                centen(perMaand),
                centen(verwacht),
                centen(laag),
                centen(hoog));
    }

    private static Bedrag centen(BigDecimal eurocent) {
        return new Bedrag(eurocent.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
