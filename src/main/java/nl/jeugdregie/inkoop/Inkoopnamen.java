package nl.jeugdregie.inkoop;

import nl.jeugdregie.platform.Codenamen;
import nl.jeugdregie.platform.Codesoort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The names of aanbieders (by AGB code) and products (by productcode), for {@link nl.jeugdregie.platform.Namen}. */
@Configuration(proxyBeanMethods = false)
class Inkoopnamen {

    @Bean
    Codenamen aanbiedernamen(AanbiederRepository aanbieders) {
        return Codenamen.van(Codesoort.AANBIEDER, aanbieders::naamPerAgb);
    }

    @Bean
    Codenamen productnamen(ProductRepository producten) {
        return Codenamen.van(Codesoort.PRODUCT, producten::omschrijvingPerCode);
    }
}
