package nl.jeugdregie.financien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.jeugdregie.financien.Sleutelinvoer.Invoersleutel;
import nl.jeugdregie.financien.Verdeelrekening.Grondslag;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import org.junit.jupiter.api.Test;

/**
 * The settlement of one part under each kind of key on three hand-made gemeenten, to the cent: A with 1.000 inwoners,
 * one jeugdige and € 100,00 of cost; B with 2.000 inwoners, one jeugdige and no cost; C with 3.000 inwoners, one
 * jeugdige and € 1,00. The region's cost is € 101,00.
 */
class VerdeelrekeningTest {

    private static final GemeenteCode A = new GemeenteCode("0153");
    private static final GemeenteCode B = new GemeenteCode("0158");
    private static final GemeenteCode C = new GemeenteCode("0163");

    private static final List<Grondslag> REGIO = List.of(
            new Grondslag(A, 1_000, 1, new Bedrag(10_000)),
            new Grondslag(B, 2_000, 1, Bedrag.NUL),
            new Grondslag(C, 3_000, 1, new Bedrag(100)));

    @Test
    void sharesPerInwonerWithTheLeftoverCentToTheLargestRemainder() {
        // 10.100 x 1/6 = 1.683,33; x 2/6 = 3.366,67; x 3/6 = 5.050: the one cent left goes to B (remainder 2/3).
        Verdeelrekening.Uitkomst uitkomst = verdeel(10_000, 0, 0);

        assertThat(aandelen(uitkomst)).containsExactly(1_683L, 3_367L, 5_050L);
        assertThat(verschillen(uitkomst)).containsExactly(1_683L - 10_000L, 3_367L, 5_050L - 100L);
        assertThat(uitkomst.regels().get(2).aandeelProcent()).isEqualByComparingTo("50.00");
        assertThat(uitkomst.regels().get(0).aandeelProcent()).isEqualByComparingTo("16.67");
        assertTotalIsTheRegionsCost(uitkomst);
    }

    @Test
    void sharesPerJeugdigeWithEqualRemaindersToTheFirstGemeenten() {
        // 10.100 / 3 = 3.366,67 each: two cents left over, equal remainders, so A and B get one each.
        Verdeelrekening.Uitkomst uitkomst = verdeel(0, 10_000, 0);

        assertThat(aandelen(uitkomst)).containsExactly(3_367L, 3_367L, 3_366L);
        assertThat(verschillen(uitkomst)).containsExactly(3_367L - 10_000L, 3_367L, 3_366L - 100L);
        assertTotalIsTheRegionsCost(uitkomst);
    }

    @Test
    void sharesNaarGebruikAsEachGemeenteUsedSoNothingIsSettled() {
        Verdeelrekening.Uitkomst uitkomst = verdeel(0, 0, 10_000);

        assertThat(aandelen(uitkomst)).containsExactly(10_000L, 0L, 100L);
        assertThat(verschillen(uitkomst)).containsExactly(0L, 0L, 0L);
        assertThat(uitkomst.meldingen()).isEmpty();
        assertTotalIsTheRegionsCost(uitkomst);
    }

    @Test
    void sharesAMixOfHalfPerInwonerAQuarterPerJeugdigeAndAQuarterNaarGebruik() {
        // A: 5.050 x 1/6 + 2.525 x 1/3 + 2.500 = 4.183,33
        // B: 5.050 x 2/6 + 2.525 x 1/3 + 0 = 2.525 exactly
        // C: 5.050 x 3/6 + 2.525 x 1/3 + 25 = 3.391,67, which gets the cent left over.
        Verdeelrekening.Uitkomst uitkomst = verdeel(5_000, 2_500, 2_500);

        assertThat(aandelen(uitkomst)).containsExactly(4_183L, 2_525L, 3_392L);
        assertThat(verschillen(uitkomst)).containsExactly(-5_817L, 2_525L, 3_292L);
        // 50 x 1/6 + 25 x 1/3 + 25 x 10.000/10.100 = 41,419...
        assertThat(uitkomst.regels().get(0).aandeelProcent()).isEqualByComparingTo("41.42");
        assertThat(uitkomst.toegepast()).isEqualTo(new Verdeelsleutel(Inkoopdeel.VERBLIJF, 5_000, 2_500, 2_500));
        assertTotalIsTheRegionsCost(uitkomst);
    }

    @Test
    void sharesAWeightWithoutGrondslagNaarGebruikAndSaysSo() {
        List<Grondslag> zonderJeugdigen =
                List.of(new Grondslag(A, 1_000, 0, new Bedrag(300)), new Grondslag(B, 3_000, 0, new Bedrag(100)));

        Verdeelrekening.Uitkomst uitkomst =
                Verdeelrekening.verdeel(new Verdeelsleutel(Inkoopdeel.OVERIG, 5_000, 5_000, 0), zonderJeugdigen);

        // A: 50 % x 400 x 1/4 per inwoner + 50 % x 300 naar gebruik; B: 50 % x 400 x 3/4 + 50 % x 100.
        assertThat(aandelen(uitkomst)).containsExactly(50L + 150L, 150L + 50L);
        assertThat(uitkomst.toegepast()).isEqualTo(new Verdeelsleutel(Inkoopdeel.OVERIG, 5_000, 0, 5_000));
        assertThat(uitkomst.meldingen())
                .containsExactly("Geen jeugdigen met een toewijzing in dit deel: het deel per jeugdige (50 %) is naar"
                        + " werkelijk gebruik verdeeld.");
    }

    @Test
    void sharesANegativeTotalFromCreditsToTheCentToo() {
        List<Grondslag> credit = List.of(new Grondslag(A, 1, 0, new Bedrag(-5)), new Grondslag(B, 1, 0, Bedrag.NUL));

        Verdeelrekening.Uitkomst uitkomst =
                Verdeelrekening.verdeel(new Verdeelsleutel(Inkoopdeel.OVERIG, 10_000, 0, 0), credit);

        // -2,5 each: rounded down to -3 and -3, the cent left over to the first of the equal remainders.
        assertThat(aandelen(uitkomst)).containsExactly(-2L, -3L);
        assertTotalIsTheRegionsCost(uitkomst);
    }

    @Test
    void everyShareIsWithinACentOfItsExactValueAndTheyAddUpOnManyRegions() {
        Random random = new Random(13);
        for (int proef = 0; proef < 500; proef++) {
            List<Grondslag> regio = new ArrayList<>();
            int gemeenten = 1 + random.nextInt(30);
            for (int i = 0; i < gemeenten; i++) {
                regio.add(new Grondslag(
                        new GemeenteCode(String.format("%04d", i + 1)),
                        1 + random.nextInt(50_000),
                        random.nextInt(400),
                        new Bedrag(random.nextLong(2_000_000_000L))));
            }
            int inwoner = random.nextInt(10_001);
            int jeugdige = random.nextInt(10_001 - inwoner);
            Verdeelsleutel sleutel =
                    new Verdeelsleutel(Inkoopdeel.VERBLIJF, inwoner, jeugdige, 10_000 - inwoner - jeugdige);

            Verdeelrekening.Uitkomst uitkomst = Verdeelrekening.verdeel(sleutel, regio);

            assertTotalIsTheRegionsCost(uitkomst);
            long totaal = regio.stream().mapToLong(g -> g.gebruik().eurocent()).sum();
            long inwoners = regio.stream().mapToLong(Grondslag::inwoners).sum();
            long jeugdigen = regio.stream().mapToLong(Grondslag::jeugdigen).sum();
            Verdeelsleutel toegepast = uitkomst.toegepast();
            for (int i = 0; i < regio.size(); i++) {
                Grondslag g = regio.get(i);
                BigDecimal exact = new BigDecimal(totaal)
                        .multiply(BigDecimal.valueOf(toegepast.perInwoner()))
                        .multiply(BigDecimal.valueOf(g.inwoners()))
                        .divide(BigDecimal.valueOf(inwoners), 20, java.math.RoundingMode.HALF_UP)
                        .add(
                                jeugdigen == 0
                                        ? BigDecimal.ZERO
                                        : new BigDecimal(totaal)
                                                .multiply(BigDecimal.valueOf(toegepast.perJeugdige()))
                                                .multiply(BigDecimal.valueOf(g.jeugdigen()))
                                                .divide(
                                                        BigDecimal.valueOf(jeugdigen),
                                                        20,
                                                        java.math.RoundingMode.HALF_UP))
                        .add(BigDecimal.valueOf(toegepast.naarGebruik())
                                .multiply(BigDecimal.valueOf(g.gebruik().eurocent())))
                        .divide(BigDecimal.valueOf(10_000), 20, java.math.RoundingMode.HALF_UP);
                BigDecimal afwijking = exact.subtract(BigDecimal.valueOf(
                                uitkomst.regels().get(i).aandeel().eurocent()))
                        .abs();
                assertThat(afwijking).isLessThan(BigDecimal.ONE);
            }
        }
    }

    @Test
    void largestRemainderGivesTheMissingCentsToTheLargestRemainders() {
        // 7 cents over three: 7/3 = 2,33 each, the first takes the one cent left.
        long[] centen = Verdeelrekening.grootsteRest(
                List.of(BigInteger.valueOf(7), BigInteger.valueOf(7), BigInteger.valueOf(7)),
                BigInteger.valueOf(3),
                BigInteger.valueOf(7));

        assertThat(centen).containsExactly(3, 2, 2);
    }

    @Test
    void refusesKeysThatDoNotAddUpToHundredPercentInDutch() {
        assertThatThrownBy(() -> Sleutelinvoer.lees(List.of(
                        new Invoersleutel("sleutels[0]", true, "verblijf", "50", "30", "10,5"),
                        new Invoersleutel("sleutels[1]", true, "overig", "-5", "abc", "120"),
                        new Invoersleutel("sleutels[2]", true, "wonen", "100", "", ""),
                        new Invoersleutel("sleutels[3]", true, "verblijf", "100", "", ""))))
                .isInstanceOfSatisfying(
                        OngeldigeInvoer.class,
                        e -> assertThat(e.parameters())
                                .extracting(OngeldigeParameter::name, OngeldigeParameter::reason)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "sleutels[0]",
                                                "De sleutel van Jeugdhulp met verblijf (solidair) telt op tot 90,5 % (50 + 30"
                                                        + " + 10,5); de percentages samen moeten precies 100 % zijn"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "sleutels[1].perInwoner",
                                                "Percentage per inwoner -5 % is negatief; een gewicht is 0 % of meer"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "sleutels[1].perJeugdige",
                                                "Percentage per jeugdige 'abc' is geen percentage; geef een getal van 0 tot"
                                                        + " en met 100 met hoogstens twee decimalen, bijvoorbeeld 33,34"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "sleutels[1].naarGebruik",
                                                "Percentage naar werkelijk gebruik 120 % is meer dan 100 %"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "sleutels[2].deel",
                                                "Deel 'wonen' bestaat niet; kies verblijf, jeugdbescherming of overig"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "sleutels[3].deel",
                                                "Het deel Jeugdhulp met verblijf (solidair) (verblijf) staat al op"
                                                        + " sleutels[0]; geef elk deel één sleutel")));
    }

    @Test
    void readsPercentagesWithTwoDecimalsInDutchOrEnglishNotation() {
        assertThat(Sleutelinvoer.lees(List.of(
                        new Invoersleutel("Verblijf", false, "VERBLIJF", "33,33", "33.33 %", "33,34"),
                        new Invoersleutel("Overig", false, "overig", "", "", "100"))))
                .containsExactly(
                        new Verdeelsleutel(Inkoopdeel.VERBLIJF, 3_333, 3_333, 3_334),
                        new Verdeelsleutel(Inkoopdeel.OVERIG, 0, 0, 10_000));
        assertThatThrownBy(() -> new Verdeelsleutel(Inkoopdeel.OVERIG, 5_000, 5_000, 1))
                .hasMessage("De verdeelsleutel van Jeugdhulp zonder verblijf en overig telt op tot 100,01 % in plaats"
                        + " van 100 %");
    }

    @Test
    void placesEveryJeugdzorgvormInOnePart() {
        assertThat(Inkoopdeel.van("11")).isEqualTo(Inkoopdeel.VERBLIJF);
        assertThat(Inkoopdeel.van("JB")).isEqualTo(Inkoopdeel.JEUGDBESCHERMING);
        assertThat(Inkoopdeel.van("02")).isEqualTo(Inkoopdeel.OVERIG);
        assertThat(Inkoopdeel.van("onbekend")).isEqualTo(Inkoopdeel.OVERIG);
        for (nl.jeugdregie.kern.codelijst.Jeugdzorgvorm vorm : nl.jeugdregie.kern.codelijst.Jeugdzorgvorm.values()) {
            assertThat(java.util.Arrays.stream(Inkoopdeel.values())
                            .filter(d -> d.jeugdzorgvormen().contains(vorm)))
                    .as(vorm.code())
                    .hasSize(1);
        }
    }

    private static Verdeelrekening.Uitkomst verdeel(int perInwoner, int perJeugdige, int naarGebruik) {
        return Verdeelrekening.verdeel(
                new Verdeelsleutel(Inkoopdeel.VERBLIJF, perInwoner, perJeugdige, naarGebruik), REGIO);
    }

    private static List<Long> aandelen(Verdeelrekening.Uitkomst uitkomst) {
        return uitkomst.regels().stream().map(r -> r.aandeel().eurocent()).toList();
    }

    private static List<Long> verschillen(Verdeelrekening.Uitkomst uitkomst) {
        return uitkomst.regels().stream().map(r -> r.verschil().eurocent()).toList();
    }

    private static void assertTotalIsTheRegionsCost(Verdeelrekening.Uitkomst uitkomst) {
        Bedrag totaal =
                Bedrag.som(uitkomst.regels().stream().map(Verdeelregel::gebruik).toList());
        assertThat(Bedrag.som(
                        uitkomst.regels().stream().map(Verdeelregel::aandeel).toList()))
                .isEqualTo(totaal);
        assertThat(Bedrag.som(
                        uitkomst.regels().stream().map(Verdeelregel::verschil).toList()))
                .isEqualTo(Bedrag.NUL);
    }
}
