package nl.jeugdregie.kern.codelijst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductcategorieTest {

    @ParameterizedTest
    @CsvSource({
        "31, WIJK_OF_BUURTTEAM",
        "32, AMBULANT",
        "33, DAGHULP",
        "34, NETWERK",
        "35, PLEEGZORG",
        "36, GEZINSGERICHT",
        "37, GESLOTEN_PLAATSING",
        "38, OVERIG_VERBLIJF"
    })
    void mapsTheCategoriesOf2015ToTheCbsHulpvorm(String categorie, Hulpvorm hulpvorm) {
        assertThat(Productcategorie.vanCode(categorie).hulpvorm()).contains(hulpvorm);
    }

    @Test
    void laterCategoriesHaveNoCbsHulpvorm() {
        assertThat(Productcategorie.values())
                .filteredOn(categorie -> categorie.hulpvorm().isEmpty())
                .extracting(Productcategorie::code)
                .containsExactly(
                        "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55");
    }

    @Test
    void everyHulpvormHasExactlyOneCategory() {
        assertThat(Productcategorie.values())
                .extracting(categorie -> categorie.hulpvorm().orElse(null))
                .filteredOn(hulpvorm -> hulpvorm != null)
                .containsExactly(Hulpvorm.values());
    }

    @Test
    void separatesHulpvormenWithAndWithoutStay() {
        assertThat(Hulpvorm.values())
                .filteredOn(Hulpvorm::isMetVerblijf)
                .extracting(Hulpvorm::code)
                .containsExactly("11", "12", "13", "14");
        assertThat(Productcategorie.MET_VERBLIJF_PLEEGZORG.hulpvorm())
                .hasValueSatisfying(
                        hulpvorm -> assertThat(hulpvorm.isMetVerblijf()).isTrue());
    }

    @Test
    void findsHulpvormByCbsCode() {
        assertThat(Hulpvorm.vanCode("13")).isEqualTo(Hulpvorm.GESLOTEN_PLAATSING);
        assertThat(Hulpvorm.isGeldig("05")).isFalse();
    }
}
