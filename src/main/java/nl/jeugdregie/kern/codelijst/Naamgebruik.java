package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Naamgebruik, iJw 3.2 code list COD700 (element LDT_NaamGebruik), used in JW301, JW302.
 *
 * <p>Definitie: Aanduiding naamgebruik (gecodeerd).
 */
public enum Naamgebruik implements Code {
    EIGEN_NAAM("1", "Eigen naam"),
    NAAM_PARTNER("2", "Naam echtgenoot of geregistreerd partner of alternatieve naam"),
    NAAM_PARTNER_EN_EIGEN_NAAM("3", "Naam echtgenoot of geregistreerd partner gevolgd door eigen naam"),
    EIGEN_NAAM_EN_NAAM_PARTNER("4", "Eigen naam gevolgd door naam echtgenoot of geregistreerd partner"),
    PSEUDONIEM("5", "Pseudoniem"),
    NIET_NATUURLIJK_PERSOON("6", "Niet-natuurlijk persoon");

    private static final CodeIndex<Naamgebruik> INDEX = new CodeIndex<>("Naamgebruik (COD700)", values());

    private final String code;
    private final String omschrijving;

    Naamgebruik(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static Naamgebruik vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<Naamgebruik> find(String code) {
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
}
