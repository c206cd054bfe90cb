package nl.jeugdregie.financien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.kern.AgbCode;
import nl.jeugdregie.kern.Bedrag;
import nl.jeugdregie.platform.OngeldigeInvoer;
import nl.jeugdregie.platform.OngeldigeParameter;
import org.junit.jupiter.api.Test;

/** Reading a scenario as given, and the saving of fewer aanbieders per product on hand-made tariffs. */
class ScenarioinvoerTest {

    @Test
    void readsPercentagesInDutchOrApiNotationAndAmounts() {
        Map<Hefboom, String> waarden = new EnumMap<>(Hefboom.class);
        waarden.put(Hefboom.KORTERE_DUUR, "12,5");
        waarden.put(Hefboom.MINDER_INSTROOM, "7.25 %");
        waarden.put(Hefboom.INDEXATIE, "-1");
        waarden.put(Hefboom.MAX_AANBIEDERS, "3");

        Scenarioinvoer.Keuze api = Scenarioinvoer.lees(
                new Scenarioinvoer.Invoer(" Sterk team ", "", waarden, "250000", List.of("100", "200"), true));
        Scenarioinvoer.Keuze pagina = Scenarioinvoer.lees(
                new Scenarioinvoer.Invoer("Sterk team", null, waarden, "2.500,00", List.of("1,00"), false));

        assertThat(api.naam()).isEqualTo("Sterk team");
        assertThat(api.toelichting()).isNull();
        assertThat(api.hefbomen().waarde(Hefboom.KORTERE_DUUR)).isEqualTo(1250);
        assertThat(api.hefbomen().waarde(Hefboom.MINDER_INSTROOM)).isEqualTo(725);
        assertThat(api.hefbomen().waarde(Hefboom.INDEXATIE)).isEqualTo(-100);
        assertThat(api.hefbomen().waarde(Hefboom.MAX_AANBIEDERS)).isEqualTo(3);
        assertThat(api.hefbomen().waarde(Hefboom.NAAR_PLEEGZORG)).isZero();
        assertThat(api.hefbomen().investering()).isEqualTo(new Bedrag(250_000));
        assertThat(api.opgave()).containsExactly(new Bedrag(100), new Bedrag(200), Bedrag.NUL, Bedrag.NUL, Bedrag.NUL);
        assertThat(pagina.hefbomen().investering()).isEqualTo(new Bedrag(250_000));
        assertThat(pagina.opgave().get(0)).isEqualTo(new Bedrag(100));
    }

    @Test
    void refusesEveryProblemAtItsPlace() {
        Map<Hefboom, String> waarden = new EnumMap<>(Hefboom.class);
        waarden.put(Hefboom.KORTERE_DUUR, "40");
        waarden.put(Hefboom.NAAR_PLEEGZORG, "veel");
        waarden.put(Hefboom.INDEXATIE, "1,234");
        waarden.put(Hefboom.MAX_AANBIEDERS, "11");
        waarden.put(Hefboom.AUTONOME_GROEI, "-10,01");

        OngeldigeInvoer fout = catchThrowableOfType(
                OngeldigeInvoer.class,
                () -> Scenarioinvoer.lees(new Scenarioinvoer.Invoer("", null, waarden, "-5", List.of("1", "x"), true)));

        assertThat(fout.parameters())
                .extracting(OngeldigeParameter::name)
                .containsExactlyInAnyOrder(
                        "naam",
                        "hefbomen.korterDuur",
                        "hefbomen.naarPleegzorg",
                        "hefbomen.indexatie",
                        "hefbomen.maxAanbieders",
                        "hefbomen.autonomeGroei",
                        "investeringEurocent",
                        "opgaveEurocent[1]");
        assertThat(reden(fout, "hefbomen.korterDuur"))
                .isEqualTo("Kortere duur: 40 % ligt buiten het bereik van 0 tot en met 30 %");
        assertThat(reden(fout, "hefbomen.autonomeGroei"))
                .isEqualTo("Autonome groei (aanname): -10,01 % ligt buiten het bereik van -10 tot en met 15 %");
        assertThat(reden(fout, "hefbomen.maxAanbieders")).contains("1 tot en met 10");
        assertThat(reden(fout, "investeringEurocent")).contains("negatief");
    }

    @Test
    void refusesMoreThanFiveYearsOfTask() {
        OngeldigeInvoer fout = catchThrowableOfType(
                OngeldigeInvoer.class,
                () -> Scenarioinvoer.lees(new Scenarioinvoer.Invoer(
                        "a", null, Map.of(), null, List.of("1", "1", "1", "1", "1", "1"), false)));

        assertThat(fout.parameters()).extracting(OngeldigeParameter::name).containsExactly("opgave");
    }

    @Test
    void fewerAanbiedersMoveTheCareOfTheDearerToTheAverageTariffOfTheKeptOnes() {
        AgbCode goedkoop = new AgbCode("11111111");
        AgbCode midden = new AgbCode("22222222");
        AgbCode duur = new AgbCode("33333333");
        AgbCode anders = new AgbCode("44444444");
        Map<String, ScenarioRepository.Tarief> tarieven = new HashMap<>();
        tarieven.put(goedkoop.value() + "/45A48", new ScenarioRepository.Tarief(goedkoop, "45A48", "04", 8_000));
        tarieven.put(midden.value() + "/45A48", new ScenarioRepository.Tarief(midden, "45A48", "04", 10_000));
        tarieven.put(duur.value() + "/45A48", new ScenarioRepository.Tarief(duur, "45A48", "04", 16_000));
        // Priced per minute: another eenheid, so it stays out of the comparison but counts in the form's cost.
        tarieven.put(anders.value() + "/45A48", new ScenarioRepository.Tarief(anders, "45A48", "01", 100));
        Map<AgbCode, Bedrag> kosten = new java.util.LinkedHashMap<>();
        kosten.put(goedkoop, new Bedrag(80_000)); // 10 units
        kosten.put(midden, new Bedrag(100_000)); // 10 units
        kosten.put(duur, new Bedrag(160_000)); // 10 units
        kosten.put(anders, new Bedrag(60_000));

        List<BigDecimal> besparing = ScenarioService.aanbiedersbesparing(Map.of("45A48", kosten), tarieven);

        // N = 1: midden saves 100.000 x (1 - 80/100) = 20.000, duur 160.000 x (1 - 80/160) = 80.000; of 400.000.
        assertThat(besparing.get(0)).isEqualByComparingTo("0.25");
        // N = 2: kept average 180.000 / 20 = 9.000; duur saves 160.000 x (1 - 90/160) = 70.000; of 400.000.
        assertThat(besparing.get(1)).isEqualByComparingTo("0.175");
        assertThat(besparing.subList(2, 10)).allSatisfy(b -> assertThat(b).isEqualByComparingTo("0"));
    }

    private static String reden(OngeldigeInvoer fout, String naam) {
        return fout.parameters().stream()
                .filter(p -> p.name().equals(naam))
                .findFirst()
                .orElseThrow()
                .reason();
    }
}
