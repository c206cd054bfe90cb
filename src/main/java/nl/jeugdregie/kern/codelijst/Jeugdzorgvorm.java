package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Jeugdzorgvorm, the split of jeugdzorg that CBS publishes in the Beleidsinformatie Jeugd (dimension
 * VormenVanJeugdzorg of 85099NED): the eight hulpvormen of jeugdhulp ({@link Hulpvorm}, zonder and met verblijf) plus
 * jeugdbescherming and jeugdreclassering, which CBS counts apart from jeugdhulp. Every product of the region maps to
 * one of these (maintained by inkoop); the codes of jeugdhulp are those of {@link Hulpvorm}, the two others are this
 * platform's own ({@code JB}, {@code JR}).
 */
public enum Jeugdzorgvorm implements Code {
    WIJK_OF_BUURTTEAM(Hulpvorm.WIJK_OF_BUURTTEAM, "Zonder verblijf: lokaal team"),
    AMBULANT(Hulpvorm.AMBULANT, "Zonder verblijf: ambulant"),
    DAGHULP(Hulpvorm.DAGHULP, "Zonder verblijf: daghulp"),
    NETWERK(Hulpvorm.NETWERK, "Zonder verblijf: in het netwerk"),
    PLEEGZORG(Hulpvorm.PLEEGZORG, "Met verblijf: pleegzorg"),
    GEZINSGERICHT(Hulpvorm.GEZINSGERICHT, "Met verblijf: gezinsgericht"),
    GESLOTEN_PLAATSING(Hulpvorm.GESLOTEN_PLAATSING, "Met verblijf: gesloten plaatsing"),
    OVERIG_VERBLIJF(Hulpvorm.OVERIG_VERBLIJF, "Met verblijf: overig residentieel"),
    JEUGDBESCHERMING("JB", "Jeugdbescherming"),
    JEUGDRECLASSERING("JR", "Jeugdreclassering");

    private static final CodeIndex<Jeugdzorgvorm> INDEX = new CodeIndex<>("Jeugdzorgvorm (CBS)", values());

    private final String code;
    private final String omschrijving;

    Jeugdzorgvorm(Hulpvorm hulpvorm, String omschrijving) {
        this(hulpvorm.code(), omschrijving);
    }

    Jeugdzorgvorm(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Jeugdzorgvorm vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Jeugdzorgvorm> find(String code) {
        return INDEX.find(code);
    }

    /** The jeugdzorgvorm of a CBS hulpvorm of jeugdhulp. */
    public static Jeugdzorgvorm van(Hulpvorm hulpvorm) {
        return vanCode(hulpvorm.code());
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String omschrijving() {
        return omschrijving;
    }

    /** The hulpvorm of jeugdhulp, empty for jeugdbescherming and jeugdreclassering. */
    public Optional<Hulpvorm> hulpvorm() {
        return Hulpvorm.find(code);
    }

    /** Whether this is jeugdhulp met verblijf (the jeugdige sleeps elsewhere than at home). */
    public boolean isMetVerblijf() {
        return hulpvorm().map(Hulpvorm::isMetVerblijf).orElse(false);
    }
}
