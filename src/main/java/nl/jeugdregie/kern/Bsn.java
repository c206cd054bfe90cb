package nl.jeugdregie.kern;

/**
 * Burgerservicenummer: nine digits that pass the elfproef. {@link #toString()} masks all but the
 * last four digits so a BSN never reaches a log in full; use {@link #value()} where the whole number
 * is really needed.
 */
public record Bsn(String value) {

    public Bsn {
        if (value == null || !value.matches("[0-9]{9}")) {
            throw new OngeldigeWaarde("BSN moet uit precies 9 cijfers bestaan");
        }
        if (!voldoetAanElfproef(value)) {
            throw new OngeldigeWaarde("BSN voldoet niet aan de elfproef");
        }
    }

    /**
     * The elfproef for a BSN, the one implementation in the code base (the iJw rule CS002 uses it too): nine digits,
     * leading zeros included (never eight digits padded), with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11 and not
     * 0. A sum of 0 passes the bare arithmetic but is no BSN: {@code 000000000} is the placeholder the CBS
     * beleidsinformatie uses for an unborn child without a BSN, and no number with that sum is ever issued. Accepting
     * it would let such a placeholder stand in for a child's identity.
     */
    public static boolean voldoetAanElfproef(String cijfers) {
        if (cijfers == null || !cijfers.matches("[0-9]{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (cijfers.charAt(i) - '0');
        }
        som -= cijfers.charAt(8) - '0';
        return som != 0 && som % 11 == 0;
    }

    @Override
    public String toString() {
        return "*****" + value.substring(5);
    }
}
