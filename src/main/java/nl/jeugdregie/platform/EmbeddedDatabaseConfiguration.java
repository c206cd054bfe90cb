package nl.jeugdregie.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded PostgreSQL when no datasource is configured ({@code spring.datasource.url} or
 * {@code SPRING_DATASOURCE_URL}). With a datasource configured, Spring Boot's own datasource is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    /** Shared by every context in the JVM, so no context stops it; {@link EmbeddedDatabase} does, last. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(
            @Value("${jeugdregie.embedded-db.data-dir:data/postgres}") Path dataDirectory,
            @Value("${jeugdregie.embedded-db.port:0}") int port,
            @Value("${jeugdregie.embedded-db.clean-on-start:false}") boolean cleanOnStart) {
        return EmbeddedDatabase.start(dataDirectory, port, cleanOnStart);
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
