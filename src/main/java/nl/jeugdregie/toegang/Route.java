package nl.jeugdregie.toegang;

import java.util.Arrays;
import nl.jeugdregie.kern.OngeldigeWaarde;
import nl.jeugdregie.kern.codelijst.Verwijzer;

/** The way a hulpvraag reached the gemeente, with the iJw verwijzer (COD327) it stands for. */
public enum Route {
    LOKAAL_TEAM("lokaal-team", "Lokaal team (wijkteam)", Verwijzer.GEMEENTE),
    HUISARTS("huisarts", "Huisarts", Verwijzer.HUISARTS),
    JEUGDARTS("jeugdarts", "Jeugdarts", Verwijzer.JEUGDARTS),
    MEDISCH_SPECIALIST("medisch-specialist", "Medisch specialist", Verwijzer.MEDISCH_SPECIALIST),
    GECERTIFICEERDE_INSTELLING(
            "gecertificeerde-instelling",
            "Gecertificeerde instelling (jeugdbescherming)",
            Verwijzer.GECERTIFICEERDE_INSTELLING),
    RECHTER("rechter", "Rechter of Openbaar Ministerie", Verwijzer.JUSTITIE),
    ONDERWIJS("onderwijs", "Onderwijs (ondersteuningsteam van de school)", Verwijzer.GEMEENTE),
    ZELF("zelf", "Het gezin zelf", Verwijzer.ZELFVERWIJZER);

    private final String code;
    private final String omschrijving;
    private final Verwijzer verwijzer;

    Route(String code, String omschrijving, Verwijzer verwijzer) {
        this.code = code;
        this.omschrijving = omschrijving;
        this.verwijzer = verwijzer;
    }

    /** The value in the API, kebab-case: {@code lokaal-team}. */
    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public Verwijzer verwijzer() {
        return verwijzer;
    }

    /**
     * Whether a hulpvraag on this route can carry a jeugdbeschermingsmaatregel or a court order: then the gemeente must
     * arrange help, and triage decides how, not whether.
     */
    public boolean kanBindendZijn() {
        return this == GECERTIFICEERDE_INSTELLING || this == RECHTER;
    }

    /** A medical verwijzer may refer directly to an aanbieder (Jeugdwet artikel 2.6 lid 1 onder g). */
    public boolean isMedisch() {
        return this == HUISARTS || this == JEUGDARTS || this == MEDISCH_SPECIALIST;
    }

    public static Route vanCode(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code.equals(code == null ? null : code.strip()))
                .findFirst()
                .orElseThrow(() -> new OngeldigeWaarde("Onbekende route '" + code + "'; kies uit lokaal-team, huisarts,"
                        + " jeugdarts, medisch-specialist, gecertificeerde-instelling, rechter, onderwijs of zelf."));
    }

    /** The route of a verzoek om toewijzing with this verwijzer; empty for the gemeente itself. */
    public static java.util.Optional<Route> vanVerwijzer(Verwijzer verwijzer) {
        if (verwijzer == null) {
            return java.util.Optional.empty();
        }
        return switch (verwijzer) {
            case HUISARTS -> java.util.Optional.of(HUISARTS);
            case JEUGDARTS -> java.util.Optional.of(JEUGDARTS);
            case MEDISCH_SPECIALIST -> java.util.Optional.of(MEDISCH_SPECIALIST);
            case GECERTIFICEERDE_INSTELLING -> java.util.Optional.of(GECERTIFICEERDE_INSTELLING);
            case JUSTITIE -> java.util.Optional.of(RECHTER);
            case ZELFVERWIJZER -> java.util.Optional.of(ZELF);
            case GEMEENTE -> java.util.Optional.empty();
        };
    }
}
