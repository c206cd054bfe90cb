package nl.jeugdregie.demoregio;

import nl.jeugdregie.toegang.Route;

/**
 * How a traject in the demo region comes about: through the gemeente's own toegang (a hulpvraag on a route), or as a
 * verzoek om toewijzing (JW315) of an aanbieder with the verwijzer that sent the jeugdige there.
 */
enum Herkomst {
    LOKAAL_TEAM(Route.LOKAAL_TEAM, null),
    ONDERWIJS(Route.ONDERWIJS, null),
    ZELF(Route.ZELF, null),
    HUISARTS(Route.HUISARTS, "02"),
    JEUGDARTS(Route.JEUGDARTS, "03"),
    GECERTIFICEERDE_INSTELLING(Route.GECERTIFICEERDE_INSTELLING, "04"),
    MEDISCH_SPECIALIST(Route.MEDISCH_SPECIALIST, "05"),
    RECHTER(Route.RECHTER, "08");

    private final Route route;
    private final String verwijzertype;

    Herkomst(Route route, String verwijzertype) {
        this.route = route;
        this.verwijzertype = verwijzertype;
    }

    Route route() {
        return route;
    }

    /** The iJw verwijzer (COD327) of the JW315; {@code null} for a hulpvraag at the gemeente's own toegang. */
    String verwijzertype() {
        return verwijzertype;
    }

    boolean viaVerzoek() {
        return verwijzertype != null;
    }
}
