package nl.jeugdregie.toegang;

import java.util.List;
import java.util.Locale;
import nl.jeugdregie.kern.codelijst.Hulpvorm;

/**
 * The steps of the ladder from light to heavy help. The advice proposes the lightest that fits; the CBS hulpvormen
 * of a step select the contracted products that belong to it.
 */
public enum Trede {
    GEEN_HULP("Geen hulp nodig: normaliseren", List.of()),
    VOORLIGGEND("Voorliggend en vrij toegankelijk: het lokaal team helpt zelf", List.of(Hulpvorm.WIJK_OF_BUURTTEAM)),
    AMBULANT("Ambulante jeugdhulp", List.of(Hulpvorm.AMBULANT, Hulpvorm.NETWERK)),
    DAGHULP("Daghulp", List.of(Hulpvorm.DAGHULP)),
    GEZINSVORM(
            "Verblijf in een gezinsvorm (pleegzorg, gezinshuis)", List.of(Hulpvorm.PLEEGZORG, Hulpvorm.GEZINSGERICHT)),
    RESIDENTIEEL("Residentiële jeugdhulp", List.of(Hulpvorm.OVERIG_VERBLIJF)),
    GESLOTEN(
            "Gesloten jeugdhulp (alleen met een machtiging van de kinderrechter)",
            List.of(Hulpvorm.GESLOTEN_PLAATSING));

    private final String omschrijving;
    private final List<Hulpvorm> hulpvormen;

    Trede(String omschrijving, List<Hulpvorm> hulpvormen) {
        this.omschrijving = omschrijving;
        this.hulpvormen = hulpvormen;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /**
     * The CBS hulpvorm a product of this iJw productcategorie counts as when the catalogue gives it none: 45 ambulant,
     * 41 daghulp, 43 and 44 residential.
     */
    static final java.util.Map<String, Hulpvorm> HULPVORM_BIJ_CATEGORIE = java.util.Map.of(
            "45",
            Hulpvorm.AMBULANT,
            "41",
            Hulpvorm.DAGHULP,
            "43",
            Hulpvorm.OVERIG_VERBLIJF,
            "44",
            Hulpvorm.OVERIG_VERBLIJF);

    /** The productcategorieen whose products without a hulpvorm count as one of {@code hulpvormen}. */
    static List<String> categorieenVoor(List<Hulpvorm> hulpvormen) {
        return HULPVORM_BIJ_CATEGORIE.entrySet().stream()
                .filter(e -> hulpvormen.contains(e.getValue()))
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** The step of a product with this hulpvorm, or (without one) of this productcategorie. */
    static java.util.Optional<Trede> van(Hulpvorm hulpvorm, String categorie) {
        Hulpvorm vorm = hulpvorm != null ? hulpvorm : HULPVORM_BIJ_CATEGORIE.get(categorie);
        return java.util.Arrays.stream(values())
                .filter(t -> vorm != null && t.hulpvormen.contains(vorm))
                .findFirst();
    }

    public List<Hulpvorm> hulpvormen() {
        return hulpvormen;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The next heavier step, or this one at the top. */
    public Trede zwaarder() {
        return this == GESLOTEN ? this : values()[ordinal() + 1];
    }

    public boolean isZwaarderDan(Trede andere) {
        return ordinal() > andere.ordinal();
    }

    public boolean metVerblijf() {
        return ordinal() >= GEZINSVORM.ordinal();
    }

    public static Trede vanCode(String code) {
        for (Trede trede : values()) {
            if (trede.code().equals(code)) {
                return trede;
            }
        }
        throw new nl.jeugdregie.kern.OngeldigeWaarde("Onbekende trede '" + code + "'.");
    }
}
