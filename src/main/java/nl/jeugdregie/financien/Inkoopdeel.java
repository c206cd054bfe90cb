package nl.jeugdregie.financien;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.kern.codelijst.Jeugdzorgvorm;

/**
 * A part of the regional inkoop whose cost the gemeenten share under one verdeelsleutel, cut along the CBS
 * jeugdzorgvormen every product of the region maps to. Jeugdhulp met verblijf is the specialist, residential care a
 * region usually carries solidarily; jeugdbescherming and jeugdreclassering are the gecertificeerde instellingen the
 * region contracts together; the rest is jeugdhulp zonder verblijf, with care whose product has no jeugdzorgvorm
 * (budget toewijzingen without a product).
 */
public enum Inkoopdeel {
    VERBLIJF(
            "verblijf",
            "Jeugdhulp met verblijf (solidair)",
            List.of(
                    Jeugdzorgvorm.PLEEGZORG,
                    Jeugdzorgvorm.GEZINSGERICHT,
                    Jeugdzorgvorm.GESLOTEN_PLAATSING,
                    Jeugdzorgvorm.OVERIG_VERBLIJF)),
    JEUGDBESCHERMING(
            "jeugdbescherming",
            "Jeugdbescherming en jeugdreclassering",
            List.of(Jeugdzorgvorm.JEUGDBESCHERMING, Jeugdzorgvorm.JEUGDRECLASSERING)),
    OVERIG(
            "overig",
            "Jeugdhulp zonder verblijf en overig",
            List.of(
                    Jeugdzorgvorm.WIJK_OF_BUURTTEAM,
                    Jeugdzorgvorm.AMBULANT,
                    Jeugdzorgvorm.DAGHULP,
                    Jeugdzorgvorm.NETWERK));

    private final String code;
    private final String naam;
    private final List<Jeugdzorgvorm> jeugdzorgvormen;

    Inkoopdeel(String code, String naam, List<Jeugdzorgvorm> jeugdzorgvormen) {
        this.code = code;
        this.naam = naam;
        this.jeugdzorgvormen = jeugdzorgvormen;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    /** The CBS jeugdzorgvormen of this part; {@link #OVERIG} also takes care without one. */
    public List<Jeugdzorgvorm> jeugdzorgvormen() {
        return jeugdzorgvormen;
    }

    /** The name with its code, as every page shows a code. */
    public String omschrijving() {
        return naam + " (" + code + ")";
    }

    public static Optional<Inkoopdeel> find(String code) {
        String schoon = code == null ? "" : code.strip();
        return Arrays.stream(values())
                .filter(d -> d.code.equalsIgnoreCase(schoon))
                .findFirst();
    }

    /** The part a CBS jeugdzorgvorm code falls in; an unknown or missing one ({@code onbekend}) is {@link #OVERIG}. */
    public static Inkoopdeel van(String jeugdzorgvorm) {
        return Jeugdzorgvorm.find(jeugdzorgvorm)
                .flatMap(v -> Arrays.stream(values())
                        .filter(d -> d.jeugdzorgvormen.contains(v))
                        .findFirst())
                .orElse(OVERIG);
    }

    /** The codes of all parts, for a message: {@code verblijf, jeugdbescherming of overig}. */
    static String codes() {
        List<String> codes = Arrays.stream(values()).map(Inkoopdeel::code).toList();
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " of " + codes.get(codes.size() - 1);
    }
}
