package nl.jeugdregie.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Dutch time for every date the platform decides on (deadlines, validity, age). */
    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(NEDERLAND);
    }
}
