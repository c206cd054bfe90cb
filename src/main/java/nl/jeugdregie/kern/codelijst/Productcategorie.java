package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Productcategorie, iJw 3.2 code list JZ020 (element LDT_ProductCategorie), used in JW301, JW302, JW305, JW306,
 * JW307, JW308, JW315, JW316, JW317, JW318, JW323, JW325.
 *
 * <p>Definitie: Gecodeerde aanduiding van een (reeks van) productcategorie(en) in functionele termen die
 * losgekoppeld is van een bepaalde leverancier, waarbij wordt beschreven wat de inhoud en aard van de
 * productcategorie is in termen van hulpverlening (wonen, zorg en welzijn).
 */
public enum Productcategorie implements Code {
    ZONDER_VERBLIJF_WIJK_OF_BUURTTEAM(
            "31", "(2015) Zonder verblijf: uitgevoerd door wijk- of buurtteam", Hulpvorm.WIJK_OF_BUURTTEAM),
    ZONDER_VERBLIJF_AMBULANT(
            "32", "(2015) Zonder verblijf: ambulante jeugdhulp op locatie van de aanbieder", Hulpvorm.AMBULANT),
    ZONDER_VERBLIJF_DAGHULP("33", "(2015) Zonder verblijf: daghulp op locatie van de aanbieder", Hulpvorm.DAGHULP),
    ZONDER_VERBLIJF_NETWERK("34", "(2015) Zonder verblijf: jeugdhulp in het netwerk van de jeugdige", Hulpvorm.NETWERK),
    MET_VERBLIJF_PLEEGZORG("35", "(2015) Met verblijf: pleegzorg", Hulpvorm.PLEEGZORG),
    MET_VERBLIJF_GEZINSGERICHT("36", "(2015) Met verblijf: gezinsgericht", Hulpvorm.GEZINSGERICHT),
    MET_VERBLIJF_GESLOTEN_PLAATSING("37", "(2015) Met verblijf: gesloten plaatsing", Hulpvorm.GESLOTEN_PLAATSING),
    MET_VERBLIJF_OVERIG_RESIDENTIEEL("38", "(2015) Met verblijf: overig residentieel", Hulpvorm.OVERIG_VERBLIJF),
    PERSOONLIJKE_VERZORGING("40", "Persoonlijke verzorging"),
    DAGBEHANDELING("41", "Dagbehandeling"),
    VERVOERDIENSTEN("42", "Vervoerdiensten"),
    JEUGDHULP_VERBLIJF_INCLUSIEF_BEHANDELING("43", "Jeugdhulp verblijf (incl. behandeling)"),
    JEUGDHULP_VERBLIJF_EXCLUSIEF_BEHANDELING("44", "Jeugdhulp verblijf (excl. behandeling)"),
    JEUGDHULP_AMBULANT("45", "Jeugdhulp ambulant"),
    JEUGDHULP_CRISIS("46", "Jeugdhulp crisis"),
    JEUGDRECLASSERING("47", "Jeugdreclassering"),
    JEUGDBESCHERMING("48", "Jeugdbescherming"),
    PREVENTIEF_JUSTITIEEL_KADER("49", "Activiteiten in het preventief justitieel kader"),
    MAATWERKARRANGEMENTEN_JEUGD("50", "Maatwerkarrangementen jeugd"),
    GENERALISTISCHE_BASIS_GGZ("51", "Generalistische basis-ggz"),
    SPECIALISTISCHE_GGZ("52", "Specialistische ggz"),
    KINDERGENEESKUNDE("53", "Kindergeneeskunde"),
    JEUGD_GGZ("54", "Jeugd-ggz"),
    LANDELIJK_INGEKOCHTE_ZORG("55", "Landelijk ingekochte zorg");

    private static final CodeIndex<Productcategorie> INDEX = new CodeIndex<>("Productcategorie (JZ020)", values());

    private final String code;
    private final String omschrijving;
    private final Hulpvorm hulpvorm;

    Productcategorie(String code, String omschrijving) {
        this(code, omschrijving, null);
    }

    Productcategorie(String code, String omschrijving, Hulpvorm hulpvorm) {
        this.code = code;
        this.omschrijving = omschrijving;
        this.hulpvorm = hulpvorm;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Productcategorie vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Productcategorie> find(String code) {
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

    /** The CBS hulpvorm of the 2015 categories 31 to 38; empty for the other categories. */
    public Optional<Hulpvorm> hulpvorm() {
        return Optional.ofNullable(hulpvorm);
    }
}
