package nl.jeugdregie.platform;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is known, before the application
 * context is built: initdb and the server start then run next to the seconds Spring needs for its
 * configuration classes and the web server, and the {@code embeddedPostgres} bean only picks up the
 * started server. Registered in {@code META-INF/spring.factories}; does nothing when a datasource is
 * configured, the same condition as {@link EmbeddedDatabaseConfiguration}.
 */
class EmbeddedDatabaseVoorstart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (EmbeddedDatabaseConfiguration.NoDatasourceConfigured.geen(environment)) {
            Instellingen instellingen = Instellingen.uit(environment);
            EmbeddedDatabase.startInBackground(
                    instellingen.dataDirectory(), instellingen.port(), instellingen.cleanOnStart());
        }
    }

    /** The {@code jeugdregie.embedded-db.*} settings, with their defaults. */
    record Instellingen(Path dataDirectory, int port, boolean cleanOnStart) {
        static Instellingen uit(Environment environment) {
            return new Instellingen(
                    Path.of(environment.getProperty("jeugdregie.embedded-db.data-dir", "data/postgres")),
                    environment.getProperty("jeugdregie.embedded-db.port", Integer.class, 0),
                    environment.getProperty("jeugdregie.embedded-db.clean-on-start", Boolean.class, false));
        }
    }
}
