package nl.jeugdregie.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndicatorenTest {

    private final Indicatoren indicatoren = new Indicatoren();

    @Test
    void everyIndicatorHasItsDefinitionUnitAndSourceInItsFile() {
        assertThat(indicatoren.alle()).hasSize(Indicatoren.VOLGORDE.size());
        assertThat(indicatoren.alle()).allSatisfy(i -> {
            assertThat(i.naam()).isNotBlank();
            assertThat(i.definitie()).hasSizeGreaterThan(60);
            assertThat(i.bron()).isNotBlank();
            assertThat(i.sql()).contains("select");
        });
    }

    @Test
    void readsBreakdownsFiltersAndDefaults() {
        Indicator uitval = indicatoren.indicator("uitval").orElseThrow();
        assertThat(uitval.eenheid()).isEqualTo(Eenheid.PROCENT);
        assertThat(uitval.filters()).containsExactlyInAnyOrder(Filter.values());
        assertThat(uitval.standaarduitsplitsing()).isEqualTo(Uitsplitsing.TOTAAL);
        Indicator reden = indicatoren.indicator("reden-beeindiging").orElseThrow();
        assertThat(reden.standaarduitsplitsing()).isEqualTo(Uitsplitsing.REDEN);
        Indicator kosten = indicatoren.indicator("kosten").orElseThrow();
        assertThat(kosten.filters()).containsExactlyInAnyOrder(Filter.HULPVORM, Filter.AANBIEDER);
        assertThat(kosten.kanUitsplitsen(Uitsplitsing.VERWIJZER)).isFalse();
    }

    @Test
    void refusesAFileWithoutDefinitionOrWithAnUnknownHeader() {
        assertThatThrownBy(() -> Indicatoren.ontleed("x", "-- Naam: X\n-- Eenheid: aantal\n-- Bron: B\nselect 1"))
                .hasMessageContaining("Definitie");
        assertThatThrownBy(() -> Indicatoren.ontleed("x", "-- Naam: X\n-- Soms: y\nselect 1"))
                .hasMessageContaining("onbekende kopregel");
        assertThatThrownBy(() ->
                        Indicatoren.ontleed("x", "-- Naam: X\n-- Definitie: D\n-- Eenheid: kilo\n-- Bron: B\nselect 1"))
                .hasMessageContaining("eenheid");
    }
}
