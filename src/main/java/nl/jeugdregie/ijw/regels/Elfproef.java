package nl.jeugdregie.ijw.regels;

/** CS002: the elfproef for a burgerservicenummer (9 digits, weights 9..2 and -1, sum divisible by 11). */
public final class Elfproef {

    private Elfproef() {}

    public static boolean isGeldig(String bsn) {
        if (bsn == null || bsn.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (i == 8 ? -1 : 9 - i) * (c - '0');
        }
        return sum % 11 == 0;
    }
}
