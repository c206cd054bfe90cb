package nl.jeugdregie.toegangslog;

import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar jeugdregie.jar toegangslog controleer}: checks the hash chain of the toegangslog
 * without starting the web server, prints the result and answers 0 (intact), 1 (broken) or 2
 * (unknown command). Uses the same datasource settings as the application; with the embedded
 * database, stop the running application first (one server per data directory).
 */
public final class Ketencontrolecommando {

    private Ketencontrolecommando() {}

    /** Runs the command given after {@code toegangslog}; returns the exit code. */
    public static int voerUit(Class<?> applicatie, String[] argumenten, PrintStream uitvoer) {
        if (argumenten.length == 0 || !argumenten[0].equals("controleer")) {
            uitvoer.println("Gebruik: java -jar jeugdregie.jar toegangslog controleer [--spring.datasource.url=...]");
            return 2;
        }
        String[] springArgumenten = Arrays.copyOfRange(argumenten, 1, argumenten.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(applicatie)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(springArgumenten)) {
            Ketencontroleresultaat resultaat =
                    context.getBean(Toegangslog.class).controleer();
            uitvoer.println(resultaat.melding());
            return resultaat.intact() ? 0 : 1;
        }
    }
}
