package nl.jeugdregie.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded PostgreSQL when no datasource is configured ({@code spring.datasource.url} or
 * {@code SPRING_DATASOURCE_URL}). With a datasource configured, Spring Boot's own datasource is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    /**
     * Shared by every context in the JVM, so no context stops it; {@link EmbeddedDatabase} does, last.
     * Usually {@link EmbeddedDatabaseVoorstart} has already started it, and this waits for that start.
     */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(Environment environment) {
        var instellingen = EmbeddedDatabaseVoorstart.Instellingen.uit(environment);
        return EmbeddedDatabase.start(instellingen.dataDirectory(), instellingen.port(), instellingen.cleanOnStart());
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("jeugdregie-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    static class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return geen(context.getEnvironment());
        }

        static boolean geen(Environment environment) {
            String url = environment.getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
