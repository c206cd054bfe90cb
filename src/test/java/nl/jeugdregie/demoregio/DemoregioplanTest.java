package nl.jeugdregie.demoregio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.jeugdregie.demoregio.Demoregioplan.Casus;
import nl.jeugdregie.demoregio.Demoregioplan.Traject;
import nl.jeugdregie.kern.GemeenteCode;
import nl.jeugdregie.kern.codelijst.RedenBeeindiging;
import org.junit.jupiter.api.Test;

/** The calibration arithmetic, and the plan at full scale against the targets it was calibrated to. */
class DemoregioplanTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    private static final GemeenteCode ENSCHEDE = new GemeenteCode("0153");
    private static final GemeenteCode ALMELO = new GemeenteCode("0141");
    private final Kalibratie kalibratie = Kalibratie.twente();

    @Test
    void derivesTheTargetsPerGemeenteFromTheCbsShares() {
        assertThat(kalibratie.gemeenten()).hasSize(14);
        Kalibratie.Gemeentedoel almelo = kalibratie.gemeente(ALMELO);
        assertThat(almelo.jongerenTot23()).isEqualTo(10_911 + Math.round(9_218 * 0.8));
        assertThat(almelo.jeugdigenPerJaar()).isCloseTo(18_285 * 0.118, within(1.0));
        double twente = kalibratie.gemeenten().stream()
                .mapToDouble(Kalibratie.Gemeentedoel::jeugdigenPerJaar)
                .sum();
        assertThat(twente).isBetween(14_000.0, 18_000.0);
    }

    @Test
    void inflowAndVerblijfShareFollowFromTheSteadyState() {
        assertThat(Kalibratie.instroomPerMaand(1200, 365.25)).isCloseTo(50, within(1e-9));
        double q = Kalibratie.instroomaandeelVerblijf(600, 300);
        double v = q * (1 + 600 / 365.25);
        double z = (1 - q) * (1 + 300 / 365.25);
        assertThat(v / (v + z)).isCloseTo(Kalibratie.AANDEEL_VERBLIJF, within(1e-9));
        assertThat(Kalibratie.VERWIJZERS.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(Kalibratie.REDENEN.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1.0, within(1e-9));
    }

    @Test
    void planAtFullScaleMeetsTheCalibrationTargets() {
        Demoregioplan plan = new Demoregioplan(
                new Demoregioplan.Instellingen(VANDAAG, 36, Set.of(ENSCHEDE, ALMELO), 1.0, 14), kalibratie);
        List<Casus> casussen = plan.casussen();
        for (GemeenteCode gemeente : List.of(ENSCHEDE, ALMELO)) {
            for (int jaar = 2024; jaar <= 2025; jaar++) {
                LocalDate van = LocalDate.of(jaar, 1, 1);
                LocalDate tot = LocalDate.of(jaar, 12, 31);
                long inZorg = casussen.stream()
                        .filter(c -> c.gemeente().equals(gemeente))
                        .filter(c -> c.trajecten().stream().anyMatch(actief(van, tot)))
                        .count();
                assertThat((double) inZorg)
                        .as("jeugdigen met jeugdzorg in %s in %d", gemeente, jaar)
                        .isCloseTo(
                                kalibratie.gemeente(gemeente).jeugdigenPerJaar(),
                                within(kalibratie.gemeente(gemeente).jeugdigenPerJaar() * 0.1));
                List<Casus> jeugdhulp = casussen.stream()
                        .filter(c -> c.trajecten().stream()
                                .filter(t -> t.aanbod().trede() != null
                                        && !t.aanbod().code().startsWith("47")
                                        && !t.aanbod().code().startsWith("48"))
                                .anyMatch(actief(van, tot)))
                        .toList();
                long metVerblijf = jeugdhulp.stream()
                        .filter(c -> c.trajecten().stream()
                                .filter(t -> t.aanbod().verblijf())
                                .anyMatch(actief(van, tot)))
                        .count();
                assertThat((double) metVerblijf / jeugdhulp.size())
                        .as("aandeel verblijf in %d", jaar)
                        .isCloseTo(Kalibratie.AANDEEL_VERBLIJF, within(Kalibratie.AANDEEL_VERBLIJF * 0.1));
            }
        }
        List<Traject> beeindigd = casussen.stream()
                .flatMap(c -> c.trajecten().stream())
                .filter(t -> !t.aanbod().code().startsWith("47")
                        && !t.aanbod().code().startsWith("48"))
                .filter(t ->
                        !t.stop().isBefore(LocalDate.of(2023, 3, 1)) && t.stop().isBefore(VANDAAG))
                .toList();
        double duur = beeindigd.stream().mapToLong(Traject::duur).average().orElseThrow();
        assertThat(duur).isBetween(Kalibratie.GEMIDDELDE_DUUR_MINIMUM, Kalibratie.GEMIDDELDE_DUUR_MAXIMUM);
        double uitval = beeindigd.stream()
                        .filter(t -> t.reden() == RedenBeeindiging.VOORTIJDIG_DOOR_CLIENT)
                        .count()
                / (double) beeindigd.size();
        assertThat(uitval).isBetween(0.05, 0.10);
        Map<Herkomst, Long> herkomst = casussen.stream()
                .flatMap(c -> c.trajecten().stream())
                .filter(t -> !t.aanbod().code().startsWith("47")
                        && !t.aanbod().code().startsWith("48"))
                .filter(t -> !t.aanvraag().isBefore(LocalDate.of(2023, 3, 1)))
                .collect(Collectors.groupingBy(Traject::herkomst, Collectors.counting()));
        long totaal = herkomst.values().stream().mapToLong(Long::longValue).sum();
        assertThat(herkomst.get(Herkomst.HUISARTS) / (double) totaal)
                .isCloseTo(Kalibratie.VERWIJZERS.get(Herkomst.HUISARTS), within(0.03));
        assertThat((herkomst.get(Herkomst.LOKAAL_TEAM) + herkomst.get(Herkomst.ONDERWIJS)) / (double) totaal)
                .isCloseTo(
                        Kalibratie.VERWIJZERS.get(Herkomst.LOKAAL_TEAM) + Kalibratie.VERWIJZERS.get(Herkomst.ONDERWIJS),
                        within(0.03));
    }

    @Test
    void samePlanForTheSameSeedAndValidBsns() {
        Demoregioplan.Instellingen instellingen = new Demoregioplan.Instellingen(VANDAAG, 6, Set.of(ALMELO), 0.05, 14);
        List<Casus> een = new Demoregioplan(instellingen, kalibratie).casussen();
        List<Casus> twee = new Demoregioplan(instellingen, kalibratie).casussen();
        assertThat(een).isEqualTo(twee);
        assertThat(een.stream().map(Casus::bsn).distinct().count()).isEqualTo(een.size());
    }

    private static Predicate<Traject> actief(LocalDate van, LocalDate tot) {
        return t -> !t.start().isAfter(tot) && !t.stop().isBefore(van);
    }
}
