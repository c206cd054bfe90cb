package nl.jeugdregie.kern;

/**
 * BSNs for tests: the first number from a start that passes the elfproef. Tests share one database, so each suite
 * starts its own range and counts on from there; the same start always gives the same BSN, and starts 20 or more
 * apart never give the same one (of two consecutive tens, at least one holds a number that passes).
 */
public final class Testbsn {

    private Testbsn() {}

    /** The first BSN at or after {@code start} (nine digits). */
    public static Bsn vanaf(long start) {
        for (long kandidaat = start; ; kandidaat++) {
            String cijfers = String.format("%09d", kandidaat);
            if (Bsn.voldoetAanElfproef(cijfers)) {
                return new Bsn(cijfers);
            }
        }
    }
}
