package nl.jeugdregie.jeugdige.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.jeugdige.brp.BrpPersoon.Gezagdrager;
import nl.jeugdregie.kern.Bsn;
import nl.jeugdregie.kern.codelijst.Datumgebruik;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** Reading the parts of a BRP answer the stubbed exchanges do not reach: the other date types, gezag, street names. */
class BrpAntwoordTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"type\": \"Datum\", \"datum\": \"2015-11-30\", \"langFormaat\": \"30 november 2015\"} | 2015-11-30 |",
                "{\"type\": \"JaarMaandDatum\", \"jaar\": 2018, \"maand\": 7, \"langFormaat\": \"juli 2018\"} | 2018-07-01 | DAG_ONBEKEND",
                "{\"type\": \"JaarDatum\", \"jaar\": 2018, \"langFormaat\": \"2018\"} | 2018-01-01 | DAG_EN_MAAND_ONBEKEND",
                "{\"type\": \"DatumOnbekend\", \"onbekend\": true, \"langFormaat\": \"onbekend\"} | 1900-01-01 | DATUM_ONBEKEND"
            })
    void readsEachBrpDateTypeAsIjwDateWithDatumgebruik(String datum, LocalDate verwacht, Datumgebruik gebruik) {
        BrpPersoon persoon = enige("""
                {"type": "RaadpleegMetBurgerservicenummer", "personen": [
                  {"burgerservicenummer": "999993653", "geboorte": {"datum": %s}}]}
                """.formatted(datum));

        assertThat(persoon.geboortedatum()).isEqualTo(verwacht);
        assertThat(persoon.datumgebruik()).isEqualTo(gebruik);
    }

    @Test
    void takesOnlyTheGezagOverThePersonThemselves() {
        BrpPersoon ouder = enige("""
                {"type": "RaadpleegMetBurgerservicenummer", "personen": [
                  {"burgerservicenummer": "999998870",
                   "gezag": [
                     {"type": "EenhoofdigOuderlijkGezag",
                      "ouder": {"burgerservicenummer": "999998870"},
                      "minderjarige": {"burgerservicenummer": "999998894"}}]}]}
                """);

        assertThat(ouder.gezag()).as("the gezag this adult has over a child").isEmpty();
    }

    @Test
    void namesVoogdenAndSkipsAnUnknownDerde() {
        BrpPersoon kind = enige("""
                {"type": "RaadpleegMetBurgerservicenummer", "personen": [
                  {"burgerservicenummer": "999998894",
                   "gezag": [
                     {"type": "Voogdij",
                      "derden": [{"type": "BekendeDerde", "burgerservicenummer": "999993604",
                                  "naam": {"volledigeNaam": "Anna de Wit"}}],
                      "minderjarige": {"burgerservicenummer": "999998894"}},
                     {"type": "GezamenlijkGezag",
                      "ouder": {"burgerservicenummer": "999998870", "naam": {"volledigeNaam": "Petra Jansen"}},
                      "derde": {"type": "OnbekendeDerde"},
                      "minderjarige": {"burgerservicenummer": "999998894"}}]}]}
                """);

        assertThat(kind.gezag())
                .containsExactly(
                        new Gezagdrager(new Bsn("999993604"), "Anna de Wit"),
                        new Gezagdrager(new Bsn("999998870"), "Petra Jansen"));
    }

    @Test
    void cutsALongOfficialStreetNameOnlyWhenTheShortOneIsMissing() {
        BrpPersoon persoon = enige("""
                {"type": "RaadpleegMetBurgerservicenummer", "personen": [
                  {"burgerservicenummer": "999993653",
                   "verblijfplaats": {"type": "Adres", "verblijfadres": {
                     "officieleStraatnaam": "Laan van de landinrichtingscommissie Duiven-Westervoort",
                     "huisnummer": 26, "postcode": "6921gv", "woonplaats": "Duiven"}}}]}
                """);

        assertThat(persoon.adres().straatnaam())
                .isEqualTo("Laan van de landinrichti")
                .hasSize(24);
        assertThat(persoon.adres().postcode()).isEqualTo("6921GV");
        assertThat(BrpPersoon.Adres.straatnaam("Spui", "Spui")).isEqualTo("Spui");
    }

    @Test
    void rejectsAnAnswerOutsideTheContract() {
        assertThatThrownBy(() -> enige("""
                        {"type": "RaadpleegMetBurgerservicenummer", "personen": [
                          {"burgerservicenummer": "999993653", "geboorte": {"datum": {"type": "Tijdstip"}}}]}
                        """))
                .isInstanceOf(BrpNietBeschikbaar.class)
                .hasMessageContaining("niet aan het koppelvlak BRP Personen bevragen voldoet");
        assertThatThrownBy(() -> enige("""
                        {"type": "RaadpleegMetBurgerservicenummer", "personen": [{"burgerservicenummer": "123"}]}
                        """))
                .isInstanceOf(BrpNietBeschikbaar.class)
                .hasMessageEndingWith("een persoon zonder geldig burgerservicenummer.");
    }

    private static BrpPersoon enige(String antwoord) {
        List<BrpPersoon> personen = BrpAntwoord.personen(JSON.readTree(antwoord));
        assertThat(personen).hasSize(1);
        return personen.get(0);
    }
}
