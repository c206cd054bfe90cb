package nl.jeugdregie.sturing;

import java.util.Arrays;
import java.util.Optional;

/** A filter of the dashboard besides gemeente and periode; an indicator says which ones apply to it. */
public enum Filter {
    LEEFTIJD("leeftijd", "Leeftijd"),
    HULPVORM("hulpvorm", "Hulpvorm"),
    VERWIJZER("verwijzer", "Verwijzer"),
    AANBIEDER("aanbieder", "Aanbieder");

    private final String code;
    private final String naam;

    Filter(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public static Optional<Filter> vanCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
