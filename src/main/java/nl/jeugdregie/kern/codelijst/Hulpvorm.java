package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Hulpvorm, the form of youth care that the beleidsinformatie for CBS distinguishes (Regeling Jeugdwet, bijlage 2,
 * paragraph 3.3): without stay (zonder verblijf, codes 01 to 04) or with stay (met verblijf, codes 11 to 14). The iJw
 * product categories 31 to 38 follow this grouping, see {@link Productcategorie#hulpvorm()}.
 */
public enum Hulpvorm implements Code {
    WIJK_OF_BUURTTEAM("01", "Uitgevoerd door het wijk- of buurtteam"),
    AMBULANT("02", "Ambulante jeugdhulp op locatie van de aanbieder"),
    DAGHULP("03", "Daghulp op locatie van de aanbieder"),
    NETWERK("04", "Jeugdhulp in het netwerk van de jeugdige"),
    PLEEGZORG("11", "Pleegzorg"),
    GEZINSGERICHT("12", "Gezinsgericht"),
    GESLOTEN_PLAATSING("13", "Gesloten plaatsing"),
    OVERIG_VERBLIJF("14", "Verblijf bij een jeugdhulpaanbieder anders dan bovenstaand verblijf");

    private static final CodeIndex<Hulpvorm> INDEX = new CodeIndex<>("Hulpvorm (CBS)", values());

    private final String code;
    private final String omschrijving;

    Hulpvorm(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Hulpvorm vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Hulpvorm> find(String code) {
        return INDEX.find(code);
    }

    public static boolean isGeldig(String code) {
        return INDEX.contains(code);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String omschrijving() {
        return omschrijving;
    }

    /** Whether the jeugdige formally sleeps elsewhere than at home (jeugdhulp met verblijf). */
    public boolean isMetVerblijf() {
        return compareTo(PLEEGZORG) >= 0;
    }
}
