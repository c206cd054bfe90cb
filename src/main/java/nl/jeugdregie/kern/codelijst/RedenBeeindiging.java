package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Reden beëindiging, iJw 3.2 code list JZ588 (element LDT_RedenBeeindiging), used in JW307, JW308.
 *
 * <p>Definitie: De reden van beëindiging van de Jeugdhulp bij een cliënt.
 */
public enum RedenBeeindiging implements Code {
    OVERLIJDEN("02", "Overlijden"),
    TIJDELIJK_BEEINDIGD("20", "Levering is tijdelijk beeindigd."),
    VOLGENS_PLAN_BEEINDIGD("31", "Levering is volgens plan beeindigd."),
    VOORTIJDIG_DOOR_CLIENT("32", "Voortijdig afgesloten: eenzijdig door de client."),
    VOORTIJDIG_DOOR_AANBIEDER("33", "Voortijdig afgesloten: eenzijdig door de aanbieder."),
    VOORTIJDIG_IN_OVERLEG("34", "Voortijdig afgesloten: in overeenstemming."),
    VOORTIJDIG_EXTERNE_OMSTANDIGHEDEN("35", "Voortijdig afgesloten: wegens externe omstandigheden."),
    GEINITIEERD_DOOR_GEMEENTE("36", "Geinitieerd door de gemeente"),
    WIJZIGINGSVERZOEK("37", "In verband met wijzigingsverzoek"),
    OVERSTAP_ANDERE_AANBIEDER("38", "Overstap naar andere aanbieder"),
    UITSTROOM_ANDER_DOMEIN("39", "Uitstroom naar ander domein");

    private static final CodeIndex<RedenBeeindiging> INDEX = new CodeIndex<>("Reden beëindiging (JZ588)", values());

    private final String code;
    private final String omschrijving;

    RedenBeeindiging(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static RedenBeeindiging vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<RedenBeeindiging> find(String code) {
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

    /**
     * Whether delivery stopped only for a while (code 20), as during a hospital stay; only such a stop may be
     * followed by a definitive stop without a startbericht in between (OP377).
     */
    public boolean isTijdelijk() {
        return this == TIJDELIJK_BEEINDIGD;
    }
}
