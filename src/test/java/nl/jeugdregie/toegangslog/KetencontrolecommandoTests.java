package nl.jeugdregie.toegangslog;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.JeugdregieTest;
import nl.jeugdregie.kern.Bsn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JeugdregieTest
class KetencontrolecommandoTests {

    @Autowired
    Toegangslog toegangslog;

    @Autowired
    DataSource dataSource;

    @Test
    void checksTheChainWithoutAWebServerAndAnswersZeroWhenIntact() {
        toegangslog.registreer(Gebeurtenis.van(new Bsn("111222333"), Actie.RAADPLEGEN, "commando-test"));
        var uitvoer = new ByteArrayOutputStream();

        int code = Ketencontrolecommando.voerUit(
                Jeugdregie.class,
                new String[] {
                    "controleer",
                    // the test's own database: a context of its own would stop the shared embedded one when closed
                    "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                    "--spring.datasource.username=postgres"
                },
                new PrintStream(uitvoer, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(uitvoer.toString(StandardCharsets.UTF_8)).contains("De keten is intact");
    }

    @Test
    void unknownCommandPrintsUsage() {
        var uitvoer = new ByteArrayOutputStream();

        int code = Ketencontrolecommando.voerUit(
                Jeugdregie.class, new String[] {"wis"}, new PrintStream(uitvoer, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(uitvoer.toString(StandardCharsets.UTF_8)).contains("Gebruik");
    }
}
