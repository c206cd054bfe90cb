package nl.jeugdregie.financien;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Iv3 taakvelden of the sociaal domein that carry jeugd spending, with their official codes and names as in force
 * since the begroting 2023: the lokale toegang and prevention, and the sub-taakvelden that replaced 6.72 and 6.82
 * (Maatwerkdienstverlening 18- and Geëscaleerde zorg 18-). A gemeente books the costs of jeugdhulp only on these; the
 * old taakvelden 6.72 and 6.82 are no longer allowed.
 */
public enum Taakveld {
    SAMENKRACHT("6.1", "Samenkracht en burgerparticipatie"),
    TOEGANG("6.2", "Toegang en eerstelijnsvoorzieningen"),
    JEUGDHULP_BEGELEIDING("6.72a", "Jeugdhulp begeleiding"),
    JEUGDHULP_BEHANDELING("6.72b", "Jeugdhulp behandeling"),
    JEUGDHULP_DAGBESTEDING("6.72c", "Jeugdhulp dagbesteding"),
    JEUGDHULP_ZONDER_VERBLIJF_OVERIG("6.72d", "Jeugdhulp zonder verblijf overig"),
    PLEEGZORG("6.73a", "Pleegzorg"),
    GEZINSGERICHT("6.73b", "Gezinsgericht"),
    JEUGDHULP_MET_VERBLIJF_OVERIG("6.73c", "Jeugdhulp met verblijf overig"),
    JEUGD_GGZ_ZONDER_VERBLIJF("6.74a", "Jeugd behandeling GGZ zonder verblijf"),
    CRISIS_LTA_GGZ_VERBLIJF("6.74b", "Jeugdhulp crisis/LTA/GGZ-verblijf"),
    GESLOTEN_PLAATSING("6.74c", "Gesloten plaatsing"),
    JEUGDBESCHERMING("6.82a", "Jeugdbescherming"),
    JEUGDRECLASSERING("6.82b", "Jeugdreclassering");

    private final String code;
    private final String naam;

    Taakveld(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    /** The code with its name, as the pages show it: {@code 6.72b Jeugdhulp behandeling}. */
    public String omschrijving() {
        return code + " " + naam;
    }

    /** The taakveld with this code, ignoring case and surrounding spaces. */
    public static Optional<Taakveld> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String gezocht = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.equals(gezocht)).findFirst();
    }
}
