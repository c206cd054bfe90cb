package nl.jeugdregie.inkoop;

import nl.jeugdregie.platform.Codenamen;
import nl.jeugdregie.platform.Codesoort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The names of aanbieders (by AGB code) and products (by productcode), for {@link nl.jeugdregie.platform.Namen}. */
@Configuration(proxyBeanMethods = false)
class Inkoopnamen {

    @Bean
    Codenamen aanbiedernamen(JdbcClient jdbc) {
        return Codenamen.uit(Codesoort.AANBIEDER, jdbc, "select agb, naam from inkoop.aanbieder");
    }

    @Bean
    Codenamen productnamen(JdbcClient jdbc) {
        return Codenamen.uit(Codesoort.PRODUCT, jdbc, "select code, omschrijving from inkoop.product");
    }
}
