package nl.jeugdregie.inkoop;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.codelijst.Eenheid;
import nl.jeugdregie.kern.codelijst.Hulpvorm;
import nl.jeugdregie.platform.Paginering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JeugdregieTest
class ProductcatalogusTests {

    @Autowired
    ProductService producten;

    @Test
    void catalogueHoldsTheWholeStandardList() {
        assertThat(producten
                        .zoek(
                                new ProductService.Filter(null, null, null, null, Productbron.JZ21, true),
                                Paginering.van(1, 1))
                        .totaal())
                .isEqualTo(450);
        Product ambulant = producten.vereis("45A53");
        assertThat(ambulant.uitvoeringsvariant()).isEqualTo(Uitvoeringsvariant.INSPANNINGSGERICHT);
        assertThat(ambulant.hulpvorm()).isEqualTo(Hulpvorm.AMBULANT);
        assertThat(ambulant.eenheden()).contains(Eenheid.UUR).doesNotContain(Eenheid.STUKS_OUTPUT);
    }
}
