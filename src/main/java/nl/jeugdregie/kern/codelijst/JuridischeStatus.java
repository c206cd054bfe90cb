package nl.jeugdregie.kern.codelijst;

import java.util.Optional;

/**
 * Juridische status, iJw 3.2 code list WJ232 (element LDT_JuridischeStatus), used in JW301, JW302.
 *
 * <p>Definitie: Juridische situatie die voor de cliënt van toepassing is op het moment van beoordeling.
 */
public enum JuridischeStatus implements Code {
    RECHTERLIJKE_MACHTIGING("01", "Rechterlijke machtiging (rm) voorlopig / voortgezette machtiging"),
    RM_OP_EIGEN_VERZOEK("02", "RM op eigen verzoek"),
    RM_MET_VOORWAARDELIJK_ONTSLAG("03", "RM met voorwaardelijk ontslag"),
    ONDERTOEZICHTSTELLING("04", "Onder toezichtstelling (ots)"),
    INBEWARINGSTELLING("05", "In bewaring stelling (ibs)"),
    STRAFRECHTELIJK_TBS("11", "Strafrechterlijke justitiele contacten: tbs"),
    STRAFRECHTELIJK_OVERIG("12", "Strafrechterlijke justitiele contacten: overig");

    private static final CodeIndex<JuridischeStatus> INDEX = new CodeIndex<>("Juridische status (WJ232)", values());

    private final String code;
    private final String omschrijving;

    JuridischeStatus(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The entry with this code; throws {@link nl.jeugdregie.kern.OngeldigeWaarde} for an unknown code. */
    public static JuridischeStatus vanCode(String code) {
        return INDEX.get(code);
    }

    public static Optional<JuridischeStatus> find(String code) {
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
