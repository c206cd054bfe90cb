package nl.jeugdregie.financien.web;

/**
 * Who reaches the money pages and API: BACKOFFICE, ANALIST and BEHEERDER for every gemeente of the region, TOEGANG for
 * its own gemeenten (the services hold each user to that scope); a begroting is entered by BACKOFFICE or BEHEERDER.
 * The payment of declaraties is read by BACKOFFICE, BEHEERDER and TOEGANG (its own gemeenten) and marked by
 * BACKOFFICE or BEHEERDER; AANBIEDER users follow their declaraties in the aanbiedersportaal instead.
 */
final class Financienrollen {

    static final String LEZEN = "hasAnyRole('BACKOFFICE', 'ANALIST', 'BEHEERDER', 'TOEGANG')";
    static final String WIJZIGEN = "hasAnyRole('BACKOFFICE', 'BEHEERDER')";
    static final String BETALING = "hasAnyRole('BACKOFFICE', 'BEHEERDER', 'TOEGANG')";

    private Financienrollen() {}
}
