package nl.jeugdregie.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
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
     * Starts the server as soon as this configuration is known, so that initdb and the server start
     * run while the rest of the context is still being built; the bean below waits for that start.
     */
    @Bean
    static BeanFactoryPostProcessor embeddedPostgresVoorstart(Environment environment) {
        return beanFactory -> {
            Instellingen instellingen = Instellingen.uit(environment);
            EmbeddedDatabase.startInBackground(
                    instellingen.dataDirectory(), instellingen.port(), instellingen.cleanOnStart());
        };
    }

    /** Shared by every context in the JVM, so no context stops it; {@link EmbeddedDatabase} does, last. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(Environment environment) {
        Instellingen instellingen = Instellingen.uit(environment);
        return EmbeddedDatabase.start(instellingen.dataDirectory(), instellingen.port(), instellingen.cleanOnStart());
    }

    private record Instellingen(Path dataDirectory, int port, boolean cleanOnStart) {
        static Instellingen uit(Environment environment) {
            return new Instellingen(
                    Path.of(environment.getProperty("jeugdregie.embedded-db.data-dir", "data/postgres")),
                    environment.getProperty("jeugdregie.embedded-db.port", Integer.class, 0),
                    environment.getProperty("jeugdregie.embedded-db.clean-on-start", Boolean.class, false));
        }
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
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
