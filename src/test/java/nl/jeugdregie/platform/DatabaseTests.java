package nl.jeugdregie.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseTests {

    @Test
    void embeddedDatabaseKeepsItsDataOverARestart(@TempDir Path directory) throws SQLException {
        Path data = directory.resolve("postgres");
        try (Connection verbinding = EmbeddedDatabase.start(data, 0, false)
                        .getPostgresDatabase()
                        .getConnection();
                Statement sql = verbinding.createStatement()) {
            sql.execute("create table blijft (waarde text)");
            sql.execute("insert into blijft values ('na herstart')");
        }
        EmbeddedDatabase.stop(data);

        try (Connection verbinding = EmbeddedDatabase.start(data, 0, false)
                        .getPostgresDatabase()
                        .getConnection();
                Statement sql = verbinding.createStatement();
                ResultSet rij = sql.executeQuery("select waarde from blijft")) {
            assertThat(rij.next()).isTrue();
            assertThat(rij.getString(1)).isEqualTo("na herstart");
        } finally {
            EmbeddedDatabase.stop(data);
        }
    }

    @Test
    void unreachableExternalDatabaseFailsFastWithAClearMessage() {
        String url = "jdbc:postgresql://127.0.0.1:1/jeugdregie";
        SpringApplication app = new SpringApplication(Jeugdregie.class);
        assertThatThrownBy(() -> app.run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=jeugdregie",
                        "--spring.datasource.password=geheim",
                        "--server.port=0",
                        "--spring.main.banner-mode=off"))
                .satisfies(fout -> {
                    SQLException oorzaak = sqlOorzaak(fout);
                    assertThat(DatabaseOnbereikbaar.isVerbindingsfout(oorzaak)).isTrue();
                    FailureAnalysis analyse = new DatabaseOnbereikbaar(
                                    new MockEnvironment().withProperty("spring.datasource.url", url))
                            .analyze(fout);
                    assertThat(analyse).isNotNull();
                    assertThat(analyse.getDescription()).contains("niet bereikbaar", url);
                });
    }

    private static SQLException sqlOorzaak(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
