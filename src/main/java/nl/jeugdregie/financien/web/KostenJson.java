package nl.jeugdregie.financien.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.financien.Kostenvergelijking;
import nl.jeugdregie.kern.Bedrag;

/** The comparison of costs per jeugdige and per inwoner in the API; amounts in whole eurocent. */
@Schema(
        name = "Kostenvergelijking",
        description =
                "Kosten per jeugdige en per inwoner van de gemeente naast de regio en Nederland. Gemeente en regio:"
                        + " goedgekeurde prestaties van zorg die in het jaar is geleverd en de jeugdigen voor wie die waren;"
                        + " Nederland: de gepubliceerde uitgaven van alle gemeenten en het aantal jongeren tot 23 jaar met"
                        + " jeugdzorg (CBS), elk van het laatste jaar tot en met het gevraagde jaar. Bedragen in hele eurocenten.")
record KostenJson(
        KostenJson.Gebied gemeente,
        KostenJson.Gebied regio,
        KostenJson.Landelijk nederland,
        List<KostenJson.Hulpvorm> hulpvormen) {

    private static final String EUROCENT = "Bedrag in hele eurocenten (geheel getal)";
    private static final String DEEL =
            "In hele eurocenten, half naar boven afgerond; leeg zonder noemer of bij minder dan vijf jeugdigen";
    private static final String JEUGDIGEN = "Jeugdigen met ten minste één goedgekeurde prestatie in het jaar; leeg"
            + " bij 1 tot 4 jeugdigen (onderdrukt, zoals in de sturingsinformatie)";

    @Schema(name = "KostenGebied")
    record Gebied(
            String naam,
            @Schema(description = EUROCENT) long kostenEurocent,

            @Schema(description = JEUGDIGEN) Long jeugdigen,

            @Schema(description = DEEL) Long perJeugdigeEurocent,

            @Schema(description = "Alle inwoners op de peildatum; leeg als onbekend")
            Long inwoners,

            LocalDate peildatumInwoners,
            @Schema(description = DEEL) Long perInwonerEurocent,

            @Schema(description = "Inwoners van 0 tot en met 17 jaar; leeg als onbekend")
            Long inwoners0tot17,

            @Schema(description = "Of het aantal inwoners van 0 tot en met 17 jaar (deels) een schatting is")
            boolean inwoners0tot17Geschat,

            @Schema(description = DEEL) Long perInwoner0tot17Eurocent) {

        static Gebied van(Kostenvergelijking.Gebied g) {
            return new Gebied(
                    g.naam(),
                    g.kosten().eurocent(),
                    aantal(g.jeugdigen()),
                    cent(g.perJeugdige()),
                    g.inwoners(),
                    g.peildatumInwoners(),
                    cent(g.perInwoner()),
                    g.jeugd0tot17(),
                    g.jeugdGeschat(),
                    cent(g.perInwoner0tot17()));
        }
    }

    @Schema(name = "KostenLandelijk")
    record Landelijk(
            @Schema(description = "Uitgaven van alle gemeenten aan jeugdzorg. " + EUROCENT)
            Long uitgavenEurocent,

            Integer jaarUitgaven,
            String bronUitgaven,

            @Schema(description = "Jongeren tot 23 jaar met jeugdhulp, jeugdbescherming of jeugdreclassering")
            Long jongeren,

            Integer jaarJongeren,
            String bronJongeren,
            @Schema(description = DEEL) Long perJeugdigeEurocent,
            Long inwoners,
            LocalDate peildatumInwoners,
            @Schema(description = DEEL) Long perInwonerEurocent) {

        static Landelijk van(Kostenvergelijking.Landelijk l) {
            return new Landelijk(
                    l.uitgaven() == null ? null : l.uitgaven().eurocent(),
                    l.jaarUitgaven(),
                    l.bronUitgaven(),
                    l.jongeren(),
                    l.jaarJongeren(),
                    l.bronJongeren(),
                    cent(l.perJeugdige()),
                    l.inwoners(),
                    l.peildatumInwoners(),
                    cent(l.perInwoner()));
        }
    }

    @Schema(name = "KostenHulpvorm")
    record Hulpvorm(
            @Schema(description = "CBS-jeugdzorgvorm (01..14, JB, JR) of onbekend")
            String hulpvorm,

            String naam,
            @Schema(description = EUROCENT) long kostenGemeenteEurocent,
            @Schema(description = JEUGDIGEN) Long jeugdigenGemeente,
            @Schema(description = DEEL) Long perJeugdigeGemeenteEurocent,
            @Schema(description = EUROCENT) long kostenRegioEurocent,
            @Schema(description = JEUGDIGEN) Long jeugdigenRegio,
            @Schema(description = DEEL) Long perJeugdigeRegioEurocent) {

        static Hulpvorm van(Kostenvergelijking.Hulpvorm h) {
            return new Hulpvorm(
                    h.jeugdzorgvorm(),
                    h.naam(),
                    h.kostenGemeente().eurocent(),
                    aantal(h.jeugdigenGemeente()),
                    cent(h.perJeugdigeGemeente()),
                    h.kostenRegio().eurocent(),
                    aantal(h.jeugdigenRegio()),
                    cent(h.perJeugdigeRegio()));
        }
    }

    static KostenJson van(Kostenvergelijking v) {
        return new KostenJson(
                Gebied.van(v.gemeentecijfers()),
                Gebied.van(v.regio()),
                Landelijk.van(v.nederland()),
                v.hulpvormen().stream().map(Hulpvorm::van).toList());
    }

    private static Long aantal(long jeugdigen) {
        return Kostenvergelijking.onderdrukt(jeugdigen) ? null : jeugdigen;
    }

    private static Long cent(Optional<Bedrag> bedrag) {
        return bedrag.map(Bedrag::eurocent).orElse(null);
    }
}
