package nl.jeugdregie.inkoop.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;
import nl.jeugdregie.platform.OngeldigeInvoer;

/**
 * The jeugdzorgvorm inkoop chooses for a product, from the page form or the API: a code of {@link Jeugdzorgvorm}, or
 * empty (null in JSON) for onbekend.
 */
record JeugdzorgvormFormulier(String jeugdzorgvorm) {

    /** The filter value for the products without jeugdzorgvorm. */
    static final String ONBEKEND = "onbekend";

    static boolean isOnbekend(String filter) {
        return filter != null && filter.trim().equalsIgnoreCase(ONBEKEND);
    }

    /** A jeugdzorgvorm to filter on, strict: a code that does not exist is refused; empty or onbekend is none. */
    static Jeugdzorgvorm filter(String filter) {
        return filter == null || filter.isBlank() || isOnbekend(filter) ? null : Jeugdzorgvorm.vanCode(filter.trim());
    }

    static JeugdzorgvormFormulier van(Jeugdzorgvorm vorm) {
        return new JeugdzorgvormFormulier(vorm == null ? "" : vorm.code());
    }

    /** The chosen jeugdzorgvorm, null for onbekend; an unknown code is refused at the field. */
    Jeugdzorgvorm gekozen() {
        if (jeugdzorgvorm == null || jeugdzorgvorm.isBlank()) {
            return null;
        }
        return Jeugdzorgvorm.find(jeugdzorgvorm.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new OngeldigeInvoer(
                        "jeugdzorgvorm",
                        "Deze jeugdzorgvorm bestaat niet; kies een van "
                                + Arrays.stream(Jeugdzorgvorm.values())
                                        .map(Jeugdzorgvorm::code)
                                        .collect(Collectors.joining(", "))
                                + " of laat hem leeg (onbekend)"));
    }
}
