package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Soort relatie, iJw 3.2 code list COD472 (element LDT_SoortRelatie), used in JW301, JW302.
 *
 * <p>Definitie: De soort relatie die een persoon ten opzichte van de cliënt heeft.
 */
public enum SoortRelatie implements Code {
    CURATOR("03", "Curator (juridisch)"),
    FINANCIEEL_GEMACHTIGD("04", "Financieel (gemachtigd)"),
    FINANCIEEL_TOETSING("05", "Financieel (toetsing)"),
    LEEFEENHEID("06", "Leefeenheid"),
    HULPVERLENER("07", "Hulpverlener"),
    SPECIALIST("08", "Specialist"),
    ANDERS("09", "Anders"),
    OUDER("10", "Ouder"),
    VOOGD("11", "Voogd"),
    PARTNER("12", "Partner/echtgeno(o)t(e)"),
    PLEEGOUDER("13", "Pleegouder"),
    BEWINDVOERDER("14", "Bewindvoerder"),
    MENTOR("15", "Mentor"),
    ZOON_OF_DOCHTER("16", "Zoon/dochter"),
    FAMILIELID("17", "Familielid"),
    GEZINSLID("18", "Gezinslid"),
    BUUR("19", "Buur"),
    VRIEND_OF_KENNIS("20", "Vriend(in)/kennis"),
    CLIENTONDERSTEUNER("21", "Clientondersteuner"),
    HUISARTS("22", "Huisarts"),
    ERVEN_VAN("23", "Erven van"),
    WERKGEVER("24", "Werkgever"),
    WIJKCOACH("25", "Wijkcoach");

    private static final CodeIndex<SoortRelatie> INDEX = new CodeIndex<>("Soort relatie (COD472)", values());

    private final String code;
    private final String omschrijving;

    SoortRelatie(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static SoortRelatie vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<SoortRelatie> find(String code) {
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
