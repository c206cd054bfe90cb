package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Reden wijziging toewijzing, iJw 3.2 code list JZ002 (element LDT_RedenWijziging), used in JW301, JW302.
 *
 * <p>Definitie: De reden waarom een toewijzing wordt gewijzigd.
 */
public enum RedenWijziging implements Code {
    ADMINISTRATIEVE_CORRECTIE_VERVALLEN("01", "Administratieve correctie (vervallen)"),
    CLIENT_OVERLEDEN("02", "Client overleden"),
    CONTRACTWIJZIGING("03", "Contractwijziging"),
    VERLENGING("04", "Herbeoordeling: verlenging toewijzing"),
    VERKORTING("05", "Herbeoordeling: verkorting toewijzing"),
    UITSTROOM_ANDER_DOMEIN("06", "Uitstroom naar ander domein"),
    VERHUIZING_ANDERE_GEMEENTE("07", "Verhuizing naar een andere gemeente"),
    WIJZIGING_LEVERINGSVORM("08", "Wijziging leveringsvorm"),
    OVERSTAP_ANDERE_AANBIEDER("09", "Overstap naar andere aanbieder"),
    NIEUWE_BEKOSTIGINGSSYSTEMATIEK("10", "Overgang naar nieuwe bekostigingssystematiek"),
    GEMEENTELIJKE_HERINDELING("11", "Gemeentelijke herindeling"),
    GEINITIEERD_DOOR_AANBIEDER("12", "Geinitieerd door de aanbieder"),
    VERWIJDERD("13", "Verwijderd"),
    ADMINISTRATIEVE_CORRECTIE("14", "Administratieve correctie");

    private static final CodeIndex<RedenWijziging> INDEX =
            new CodeIndex<>("Reden wijziging toewijzing (JZ002)", values());

    private final String code;
    private final String omschrijving;

    RedenWijziging(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static RedenWijziging vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<RedenWijziging> find(String code) {
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

    /** Code 01 was withdrawn in release 3.1 and replaced by 13 (Verwijderd) and 14; new toewijzingen must not use it. */
    public boolean isVervallen() {
        return this == ADMINISTRATIEVE_CORRECTIE_VERVALLEN;
    }
}
