package nl.jeugdregie.sturing.web;

/**
 * Who sees the steering information: every role that steers or buys, never an aanbieder (its own figures come with the
 * portal). All see aggregates only; the pseudonymised rows are for the analist and the beheerder.
 */
final class Sturingsrollen {

    static final String LEZEN = "hasAnyRole('ANALIST', 'BACKOFFICE', 'INKOOP', 'BEHEERDER', 'TOEGANG')";
    static final String RIJEN = "hasAnyRole('ANALIST', 'BEHEERDER')";

    private Sturingsrollen() {}
}
