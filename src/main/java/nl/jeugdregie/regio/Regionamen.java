package nl.jeugdregie.regio;

import nl.jeugdregie.platform.Codenamen;
import nl.jeugdregie.platform.Codesoort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The names of gemeenten and jeugdregio's, for {@link nl.jeugdregie.platform.Namen}. */
@Configuration(proxyBeanMethods = false)
class Regionamen {

    @Bean
    Codenamen gemeentenamen(RegioRepository regio) {
        return Codenamen.van(Codesoort.GEMEENTE, regio::gemeentenamen);
    }

    @Bean
    Codenamen jeugdregionamen(RegioRepository regio) {
        return Codenamen.van(Codesoort.JEUGDREGIO, regio::jeugdregionamen);
    }
}
