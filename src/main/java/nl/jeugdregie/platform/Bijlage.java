package nl.jeugdregie.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;

/**
 * The {@code Content-Disposition} of a download, built by Spring's {@link ContentDisposition} and never by string
 * concatenation: {@code filename} holds an ASCII fallback, {@code filename*} the UTF-8 name. Whatever a name holds
 * (an Identificatie an aanbieder chose, for instance) it stays one parameter: control characters, the characters a
 * file name cannot hold ({@code " \ / : * ? < > |}) and the parameter separator {@code ;} become {@code _}.
 */
public final class Bijlage {

    private Bijlage() {}

    public static ContentDisposition als(String bestandsnaam) {
        return ContentDisposition.attachment()
                .filename(veilig(bestandsnaam), StandardCharsets.UTF_8)
                .build();
    }

    static String veilig(String bestandsnaam) {
        StringBuilder veilig = new StringBuilder();
        String naam = bestandsnaam == null ? "" : bestandsnaam.strip();
        naam.codePoints()
                .forEach(c ->
                        veilig.appendCodePoint(Character.isISOControl(c) || "\"\\/:*?<>|;".indexOf(c) >= 0 ? '_' : c));
        return veilig.isEmpty() ? "bestand" : veilig.toString();
    }
}
