package nl.jeugdregie.sturing;

import java.util.Arrays;
import java.util.Optional;

/** The age classes of the CBS jeugdzorg tables: the age reached in the (last) year of the period. */
public enum Leeftijdsklasse {
    TOT_4("0-3", "0 tot 4 jaar", 0, 3),
    VAN_4_TOT_12("4-11", "4 tot 12 jaar", 4, 11),
    VAN_12_TOT_18("12-17", "12 tot 18 jaar", 12, 17),
    VANAF_18("18+", "18 jaar en ouder", 18, null);

    private final String code;
    private final String naam;
    private final int van;
    private final Integer tot;

    Leeftijdsklasse(String code, String naam, int van, Integer tot) {
        this.code = code;
        this.naam = naam;
        this.van = van;
        this.tot = tot;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    int van() {
        return van;
    }

    /** The last age of the class; null when open. */
    Integer tot() {
        return tot;
    }

    public static Optional<Leeftijdsklasse> vanCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
