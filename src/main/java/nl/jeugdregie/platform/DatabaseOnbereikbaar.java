package nl.jeugdregie.platform;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a start-up failure because the configured PostgreSQL cannot be reached into one clear
 * message instead of a stack trace.
 */
class DatabaseOnbereikbaar extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseOnbereikbaar(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (!isVerbindingsfout(cause)) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(ingebouwde PostgreSQL)");
        return new FailureAnalysis(
                "De database is niet bereikbaar op " + url + ": " + cause.getMessage()
                        + "\nThe database cannot be reached; Jeugdregie does not start without it.",
                "Controleer spring.datasource.url / SPRING_DATASOURCE_URL, gebruikersnaam en wachtwoord, en of"
                        + " PostgreSQL draait en verbindingen van deze machine toelaat. Laat de datasource weg om de"
                        + " ingebouwde PostgreSQL te gebruiken.",
                cause);
    }

    static boolean isVerbindingsfout(SQLException fout) {
        String state = fout.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("28P01") || state.equals("3D000"))) {
            return true;
        }
        for (Throwable oorzaak = fout.getCause(); oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof ConnectException || oorzaak instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
