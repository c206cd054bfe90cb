package nl.jeugdregie.financien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.kern.GemeenteCode;
import org.junit.jupiter.api.Test;

/** The split of the movement of the prognose into prijs, volume and nieuwe instroom, on hand-made standen. */
class PrognoseverloopTest {

    private static final GemeenteCode WIERDEN = new GemeenteCode("0189");
    private static final Instant VORIGE_KEER = Instant.parse("2026-02-02T09:00:00Z");

    @Test
    void aTariffRiseIsPriceOnly() {
        // 100 hours at € 84,00, then the same 100 hours at € 90,00.
        Prognoseverloop verloop = Prognoseverloop.tussen(
                stand(2, vorm("02", 840_000, 0), uren("02", "45A48", 840_000, "100")),
                stand(3, vorm("02", 900_000, 0), uren("02", "45A48", 900_000, "100")));

        assertRegel(verloop.totaal(), 840_000, 60_000, 0, 0, 900_000);
        assertThat(verloop.samenvatting())
                .isEqualTo("De prognose is sinds februari 2026 gestegen met € 600,00 tot € 9.000,00; de grootste"
                        + " oorzaak is prijs (wat een eenheid zorg kost): € 600,00 hoger.");
    }

    @Test
    void moreHoursAtTheSameTariffAreVolumeOnly() {
        Prognoseverloop verloop = Prognoseverloop.tussen(
                stand(2, vorm("02", 840_000, 0), uren("02", "45A48", 840_000, "100")),
                stand(3, vorm("02", 1_260_000, 0), uren("02", "45A48", 1_260_000, "150")));

        assertRegel(verloop.totaal(), 840_000, 0, 420_000, 0, 1_260_000);
        assertThat(verloop.samenvatting())
                .endsWith("de grootste oorzaak is volume (de hoeveelheid zorg): € 4.200,00 hoger.");
    }

    @Test
    void aChangedExpectedInflowIsNieuweInstroomOnly() {
        Prognoseverloop verloop = Prognoseverloop.tussen(
                stand(2, vorm("02", 840_000, 0), uren("02", "45A48", 840_000, "100")),
                stand(3, vorm("02", 840_000, 50_000), uren("02", "45A48", 840_000, "100")));

        assertRegel(verloop.totaal(), 840_000, 0, 0, 50_000, 890_000);
        assertThat(verloop.samenvatting()).endsWith("de grootste oorzaak is nieuwe instroom: € 500,00 hoger.");
    }

    @Test
    void aMixSplitsPerProductAndEenheidAndRoundsThePriceToCents() {
        Prognosestand vorige = stand(
                2,
                List.of(vorm("02", 10_000 + 6_000 + 3_000, 20_000), vorm("11", 500_000, 0)),
                List.of(
                        // € 100,00 for 3 hours: € 33,333... an hour.
                        uren("02", "45A48", 10_000, "3"),
                        // 120 minutes at € 0,50.
                        eenheid("02", "45A49", "01", 6_000, "120"),
                        // A product that is gone now.
                        uren("02", "45A50", 3_000, "1"),
                        eenheid("11", "41A01", "14", 500_000, "50")));
        Prognosestand huidige = stand(
                3,
                List.of(vorm("02", 25_000 + 7_200 + 4_000, 35_000), vorm("11", 500_000, 0)),
                List.of(
                        // € 250,00 for 7 hours: 25.000 - 10.000 x 7 / 3 = 1.666,67 cents price, rounded to 1.667.
                        uren("02", "45A48", 25_000, "7"),
                        // 120 minutes at € 0,60: € 1,20 more in price only.
                        eenheid("02", "45A49", "01", 7_200, "120"),
                        // A new product: volume only.
                        uren("02", "45A51", 4_000, "2"),
                        eenheid("11", "41A01", "14", 500_000, "50")));

        Prognoseverloop verloop = Prognoseverloop.tussen(vorige, huidige);

        assertThat(verloop.bekend()).isTrue();
        assertThat(verloop.sinds()).isEqualTo(YearMonth.of(2026, 2));
        Prognoseverloop.Verloopregel ambulant = regel(verloop, "02");
        // prijs 1.667 + 1.200; volume = (36.200 - 19.000) - 2.867 = 14.333; instroom 15.000.
        assertRegel(ambulant, 39_000, 2_867, 14_333, 15_000, 71_200);
        assertRegel(regel(verloop, "11"), 500_000, 0, 0, 0, 500_000);
        assertRegel(verloop.totaal(), 539_000, 2_867, 14_333, 15_000, 571_200);
        assertThat(verloop.hulpvormen())
                .extracting(Prognoseverloop.Verloopregel::jeugdzorgvorm)
                .containsExactly("02", "11");
    }

    @Test
    void negativeMovementsAddUpExactlyToo() {
        // 200 hours at € 84,00 become 120 hours at € 80,00, the expected inflow falls by € 100,00, and a unit left out
        // of every stand (no units) falls to nothing: volume.
        Prognoseverloop verloop = Prognoseverloop.tussen(
                stand(
                        2,
                        List.of(vorm("02", 1_680_000, 30_000), vorm("onbekend", 5_000, 0)),
                        List.of(uren("02", "45A48", 1_680_000, "200"), eenheid("onbekend", "", "", 5_000, "0"))),
                stand(3, List.of(vorm("02", 960_000, 20_000)), List.of(uren("02", "45A48", 960_000, "120"))));

        // prijs 960.000 - 1.680.000 x 120 / 200 = -48.000; volume (960.000 - 1.680.000) + 48.000 = -672.000.
        assertRegel(regel(verloop, "02"), 1_710_000, -48_000, -672_000, -10_000, 980_000);
        assertRegel(regel(verloop, "onbekend"), 5_000, 0, -5_000, 0, 0);
        assertRegel(verloop.totaal(), 1_715_000, -48_000, -677_000, -10_000, 980_000);
        assertThat(verloop.samenvatting())
                .isEqualTo("De prognose is sinds februari 2026 gedaald met € 7.350,00 tot € 9.800,00; de grootste"
                        + " oorzaak is volume (de hoeveelheid zorg): € 6.770,00 lager.");
    }

    @Test
    void aHalfCentOfPriceRoundsAwayFromZeroAndVolumeTakesTheRest() {
        // 1 cent for 2 units, then nothing for 1 unit: 0 - 1 x 1 / 2 = -0,5 cent price, rounded to -1.
        Prognoseverloop verloop = Prognoseverloop.tussen(
                stand(2, vorm("02", 1, 0), uren("02", "45A48", 1, "2")),
                stand(3, vorm("02", 0, 0), uren("02", "45A48", 0, "1")));

        assertRegel(verloop.totaal(), 1, -1, 0, 0, 0);
    }

    @Test
    void withoutAStandOfLastMonthThereIsNoMovementToShow() {
        Prognoseverloop verloop = Prognoseverloop.onbekend(YearMonth.of(2026, 2));

        assertThat(verloop.bekend()).isFalse();
        assertThat(verloop.hulpvormen()).isEmpty();
        assertThat(verloop.samenvatting()).isEqualTo("Nog geen stand van vorige maand (februari 2026).");
    }

    @Test
    void refusesPartsThatDoNotAddUp() {
        assertThatThrownBy(() -> new Prognoseverloop.Verloopregel(
                        "02", "Ambulant", Bedrag.euro(10), Bedrag.euro(1), Bedrag.euro(1), Bedrag.NUL, Bedrag.euro(13)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tellen niet op tot € 13,00");
    }

    // --- hand-made standen ---

    private static Prognosestand stand(int maand, Prognosestand.Hulpvorm vorm, Prognosestand.Eenheid eenheid) {
        return stand(maand, List.of(vorm), List.of(eenheid));
    }

    private static Prognosestand stand(
            int maand, List<Prognosestand.Hulpvorm> vormen, List<Prognosestand.Eenheid> eenheden) {
        return new Prognosestand(
                WIERDEN,
                2026,
                YearMonth.of(2026, maand),
                LocalDate.of(2026, maand, 2),
                VORIGE_KEER.plusSeconds(2_419_200L * (maand - 2)),
                new ArrayList<>(vormen),
                eenheden);
    }

    /** A jeugdzorgvorm whose known part is all verplichting, with its expected inflow. */
    private static Prognosestand.Hulpvorm vorm(String jeugdzorgvorm, long bekend, long instroom) {
        return new Prognosestand.Hulpvorm(
                jeugdzorgvorm,
                Bedrag.NUL,
                new Bedrag(bekend),
                new Bedrag(instroom),
                new Bedrag(instroom / 2),
                new Bedrag(instroom * 2));
    }

    private static Prognosestand.Eenheid uren(String jeugdzorgvorm, String product, long eurocent, String uren) {
        return eenheid(jeugdzorgvorm, product, "04", eurocent, uren);
    }

    private static Prognosestand.Eenheid eenheid(
            String jeugdzorgvorm, String product, String eenheid, long eurocent, String eenheden) {
        return new Prognosestand.Eenheid(
                jeugdzorgvorm, "45", product, eenheid, new Bedrag(eurocent), new BigDecimal(eenheden));
    }

    private static Prognoseverloop.Verloopregel regel(Prognoseverloop verloop, String jeugdzorgvorm) {
        return verloop.hulpvormen().stream()
                .filter(r -> r.jeugdzorgvorm().equals(jeugdzorgvorm))
                .findFirst()
                .orElseThrow();
    }

    private static void assertRegel(
            Prognoseverloop.Verloopregel regel, long vorige, long prijs, long volume, long instroom, long huidige) {
        assertThat(List.of(regel.vorige(), regel.prijs(), regel.volume(), regel.nieuweInstroom(), regel.huidige()))
                .as(regel.naam())
                .containsExactly(
                        new Bedrag(vorige),
                        new Bedrag(prijs),
                        new Bedrag(volume),
                        new Bedrag(instroom),
                        new Bedrag(huidige));
        assertThat(regel.vorige().plus(regel.prijs()).plus(regel.volume()).plus(regel.nieuweInstroom()))
                .isEqualTo(regel.huidige());
    }
}
