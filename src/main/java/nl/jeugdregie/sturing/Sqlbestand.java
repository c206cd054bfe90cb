package nl.jeugdregie.sturing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** Reads one SQL question of this module from the classpath ({@code sql/sturing/...}), once, when a repository starts. */
final class Sqlbestand {

    private Sqlbestand() {}

    static String lees(String pad) {
        try {
            return new ClassPathResource(pad).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
