package nl.jeugdregie.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the platform runs as a demonstration with a demo region, users and data. On by default
 * with the embedded database, off with an external one, unless {@code jeugdregie.demo} says otherwise.
 */
@Component
public class Demomodus {

    /** The AGB code of the demo aanbieder that the demo user {@code aanbieder} belongs to. */
    public static final String DEMO_AANBIEDER_AGB = "99000001";

    /** The gemeente the demo user {@code toegang} works for: Enschede. */
    public static final String DEMO_GEMEENTE = "0153";

    private final boolean aan;

    Demomodus(Environment environment) {
        String expliciet = environment.getProperty("jeugdregie.demo");
        String datasource = environment.getProperty("spring.datasource.url");
        this.aan = expliciet != null ? Boolean.parseBoolean(expliciet) : datasource == null || datasource.isBlank();
    }

    public boolean isAan() {
        return aan;
    }
}
