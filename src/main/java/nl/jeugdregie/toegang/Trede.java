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
