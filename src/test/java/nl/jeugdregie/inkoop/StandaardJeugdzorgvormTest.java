package nl.jeugdregie.inkoop;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.kern.codelijst.Productcategorie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standaard jeugdzorgvorm of a product, category by category, without Spring. */
class StandaardJeugdzorgvormTest {

    @ParameterizedTest(name = "{0} {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                    31 | -  | Regionaal wijkteam                           | 01
                    32 | -  | Regionale ambulante hulp                     | 02
                    33 | -  | Regionale daghulp                            | 03
                    34 | -  | Regionale hulp in het netwerk                | 04
                    35 | -  | Regionale pleegzorg                          | 11
                    36 | -  | Regionaal gezinshuis                         | 12
                    37 | -  | Regionale gesloten plaatsing                 | 13
                    38 | -  | Regionaal verblijf                           | 14
                    40 | -  | Persoonlijke verzorging                      | 04
                    41 | -  | Dagbehandeling                               | 03
                    43 | -  | Jeugdhulp verblijf (incl. beh.)              | 14
                    44 | -  | Jeugdhulp verblijf (excl. beh)               | 14
                    45 | -  | Jeugdhulp ambulant                           | 02
                    46 | -  | Jeugdhulp crisis: outputgericht              | 02
                    46 | -  | Crisisopvang met verblijf                    | 14
                    46 | -  | Crisis zonder verblijf                       | 02
                    46 | -  | Crisispleegzorg                              | 11
                    46 | -  | Crisisplaatsing in een gezinshuis            | 12
                    47 | -  | Jeugdreclassering: outputgericht             | JR
                    48 | -  | Ondertoezichtstelling jaar 1: outputgericht  | JB
                    51 | -  | Generalistische basis-ggz                    | 02
                    52 | -  | Specialistische GGZ (opt-out)                | 02
                    53 | -  | Kindergeneeskunde                            | 02
                    54 | -  | Jeugd-ggz                                    | 02
                    42 | -  | Vervoer rolstoel: outputgericht              | -
                    49 | -  | Begeleiding toeleiding gesloten jeugdzorg    | -
                    50 | -  | Zelfstandig leven 1 (licht): outputgericht   | -
                    50 | -  | Maatwerk met verblijf                        | 14
                    55 | -  | Landelijk ingekochte zorg                    | -
                    55 | -  | Landelijke ambulante behandeling             | 02
                    55 | -  | Landelijk zonder verblijf                    | -
                    45 | 04 | Jeugdhulp ambulant (op locatie)              | 04
                    43 | 12 | Jeugdhulp verblijf gezinshuis                | 12
                    46 | 11 | Jeugdhulp crisis pleegzorg                   | 11
                    40 | 02 | Persoonlijke verzorging (op afstand)         | 02
                    """)
    void followsTheHulpvormThenTheCategoryThenTheOmschrijving(
            String categorie, String hulpvorm, String omschrijving, String verwacht) {
        assertThat(StandaardJeugdzorgvorm.van(
                                Productcategorie.vanCode(categorie),
                                hulpvorm == null ? null : Hulpvorm.vanCode(hulpvorm),
                                omschrijving)
                        .orElse(null))
                .isEqualTo(verwacht == null ? null : Jeugdzorgvorm.vanCode(verwacht));
    }
}
