package nl.jeugdregie.regio;

import nl.jeugdregie.platform.Codenamen;
import nl.jeugdregie.platform.Codesoort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The names of gemeenten and jeugdregio's, for {@link nl.jeugdregie.platform.Namen}. */
@Configuration(proxyBeanMethods = false)
class Regionamen {

    @Bean
    Codenamen gemeentenamen(JdbcClient jdbc) {
        return Codenamen.uit(Codesoort.GEMEENTE, jdbc, "select code, naam from regio.gemeente");
    }

    @Bean
    Codenamen jeugdregionamen(JdbcClient jdbc) {
        return Codenamen.uit(Codesoort.JEUGDREGIO, jdbc, "select code, naam from regio.jeugdregio");
    }
}
