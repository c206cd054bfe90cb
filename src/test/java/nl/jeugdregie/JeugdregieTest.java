package nl.jeugdregie;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The one full-stack test configuration: the whole application on the shared embedded PostgreSQL,
 * MockMvc, and a fixed clock (Monday 2 March 2026, 10:00 Dutch time). Tests that use it share one
 * Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(JeugdregieTest.VasteKlok.class)
public @interface JeugdregieTest {

    Instant NU = Instant.parse("2026-03-02T09:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class VasteKlok {
        @Bean
        Clock clock() {
            return Clock.fixed(NU, ZoneId.of("Europe/Amsterdam"));
        }
    }
}
